import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const G = SRC.grokking('Designing Uber backend');

export const rideSharing: PromptInput = {
  formatVersion: 1,
  id: 'ride-sharing',
  title: 'Design a ride-sharing service (Uber)',
  summary: 'Riders request rides; drivers report where they are; the service matches a rider with a nearby driver and tracks the trip.',
  functional: [
    { id: 'location', text: 'Drivers report their location every few seconds.' },
    { id: 'nearby', text: 'Riders see nearby drivers.' },
    { id: 'match', text: 'A ride request is matched to a nearby driver, who accepts or declines.' },
  ],
  nonFunctional: [
    { id: 'fresh', text: 'Locations shown are at most a few seconds old.' },
    { id: 'available', text: 'Matching keeps working when a server fails.' },
  ],
  scale: [
    { id: 'active-riders', label: 'Daily active riders', value: 1_000_000, unit: 'users', source: G },
    { id: 'active-drivers', label: 'Daily active drivers', value: 500_000, unit: 'drivers', source: G },
    { id: 'rides', label: 'Rides per day', value: 1_000_000, unit: 'rides', source: G },
    { id: 'update-interval', label: 'A driver reports its location every', value: 3, unit: 'seconds', source: G },
    { id: 'driver-record', label: 'Memory per driver location', value: 35, unit: 'bytes', source: G },
    { id: 'searches', label: 'Nearby-driver searches per ride', value: 10, unit: 'searches', source: SRC.assumption },
    { id: 'retention', label: 'How long trips are kept', value: 5, unit: 'years', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Pricing, payments and ratings are usually out of scope; agree that first.'],
    estimation: ['500,000 drivers every 3 s ≈ 167,000 location updates/s.', 'Driver locations in memory: 500,000 × 35 bytes ≈ 17.5 MB.'],
    highLevel: ['Location service keeps driver positions in memory (a quadtree or geohash grid); a matching service finds nearby drivers and notifies them.'],
    deepDive: ['Update the grid in place rather than rebuilding; push updates to riders watching an area via pub/sub.'],
    wrapUp: ['Replicate the in-memory index; what about a city-wide surge?'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'cache', 'pubSub', 'nosqlDatabase'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Rider and driver apps', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 10 }],
      ['location', 'appServer', 'Location service', 2, 0, { instances: 1300 }],
      ['match', 'appServer', 'Matching service', 2, 2, { instances: 10 }],
      ['grid', 'cache', 'Driver grid (in memory)', 3, 0, { instances: 4, cacheHitRatio: 1 }],
      ['notify', 'pubSub', 'Driver notifications', 3, 2, { instances: 3 }],
      ['trips', 'nosqlDatabase', 'Trips', 4, 2, { instances: 3 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'location', { label: 'updates, nearby', params: { operations: 'location,nearby' } }],
      ['lb', 'match', { label: 'ride requests', params: { operations: 'ride' } }],
      ['location', 'grid'],
      ['match', 'grid', { label: 'nearby drivers' }],
      ['match', 'notify', { kind: 'async', label: 'offer ride' }],
      ['match', 'trips', { label: 'trip' }],
    ],
    {
      dailyActiveUsers: 1_500_000,
      operations: [
        op('location', 'Driver location update', 9_600, { requestBytes: 35, responseBytes: 20, writes: true }),
        op('nearby', 'Show nearby drivers', 6.67, { requestBytes: 50, responseBytes: 1_000 }),
        op('ride', 'Request a ride', 0.667, { requestBytes: 200, responseBytes: 500, writes: true }),
      ],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1825,
      units: 'decimal',
    },
    `1.5 million people a day (1 million riders, 500,000 drivers); drivers report every 3 s (500,000 × 28,800 = 14.4 billion updates ÷ 1.5 million ≈ 9,600 per person); 1 million rides (${G}); 10 searches per ride (${SRC.assumption}); peak factor 2.`,
  ),
};
