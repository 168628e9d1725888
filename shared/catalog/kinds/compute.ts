import { defineKind, serviceParams } from './common';
import { instances, reliability, serverModel, serviceTime, targetUtilization, text } from '../params';
import { num } from '../params';
import { SRC } from '../sources';

/** Servers that run code: the seed's web and application servers, and small coordination services. */

export const webServer = defineKind({
  id: 'webServer',
  name: 'Web server',
  category: 'Compute',
  description: 'The first point of contact after the load balancers; usually handles API calls from clients and serves mostly static content. Small to medium memory and storage, good compute.',
  icon: 'server',
  synonyms: ['web', 'http server', 'nginx', 'apache', 'api server', 'frontend', 'static', 'caddy'],
  stateful: false,
  behaviour: {},
  params: [
    instances(),
    ...serverModel('cpuBound', { cores: 16, ramGB: 32, cpuMsPerRequest: 1, qps: 16_000, source: SRC.webServer }),
    targetUtilization(),
    serviceTime(1, SRC.instructions),
    ...reliability(0.999, SRC.availabilityTable),
    text('technology', 'Technology', 'Nginx', 'Product or stack this block runs.'),
  ],
});

export const appServer = defineKind({
  id: 'appServer',
  name: 'Application server',
  category: 'Compute',
  description: 'Runs the core application software and business logic and provides dynamic content; can need extensive compute and storage.',
  icon: 'cpu',
  synonyms: ['application server', 'app', 'service', 'microservice', 'backend', 'api', 'worker', 'node', 'java', 'tomcat', 'lambda'],
  stateful: false,
  behaviour: {},
  params: [
    instances(),
    ...serverModel('cpuBound', { cores: 64, ramGB: 256, cpuMsPerRequest: 200, qps: 320, source: SRC.server }),
    targetUtilization(),
    serviceTime(200, SRC.requestCpu),
    ...reliability(0.999, SRC.availabilityTable),
    text('technology', 'Technology', 'Application service', 'Product or stack this block runs.'),
    num('storagePerNodeTB', 'Local storage per node', 'TB', 6.5, { min: 0, max: 1e6, description: 'Disk and flash per server (not counted as durable storage).', source: SRC.appServer }),
  ],
});

export const sequencer = defineKind({
  id: 'sequencer',
  name: 'Sequencer',
  category: 'Compute',
  description: 'Generates unique IDs, with a focus on maintaining causality between the events they name.',
  icon: 'hash',
  synonyms: ['id generator', 'unique id', 'snowflake', 'uuid', 'ticket server', 'sequence'],
  stateful: true,
  behaviour: { servesWrites: true },
  params: serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 0.1, serviceSource: SRC.latencyMemory, technology: 'Snowflake' }),
});

export const taskScheduler = defineKind({
  id: 'taskScheduler',
  name: 'Task scheduler',
  category: 'Compute',
  description: 'Mediates between tasks and resources, allocating resources to meet task- and system-level goals; often used to offload background processing to run asynchronously.',
  icon: 'calendar-clock',
  synonyms: ['scheduler', 'cron', 'job queue', 'batch', 'airflow', 'celery', 'background jobs', 'task queue'],
  stateful: true,
  behaviour: {},
  params: serviceParams({ qps: 1_000, qpsSource: SRC.rateSql, serviceMs: 5, serviceSource: SRC.latencyDisk, technology: 'Task scheduler' }),
});
