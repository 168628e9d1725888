import { z } from 'zod';
import { EdgeSchema, GroupSchema, NodeSchema } from '../model/design';
import { WorkloadSchema } from '../model/workload';

/**
 * A practice prompt: an interview question with its requirements, the scale to assume (every
 * figure with its source), hints by phase, the building blocks a good answer uses, and a
 * reference design with its workload. Built-in prompts and a user's own prompt files share this
 * schema (docs/practice-prompt.schema.json is generated from it).
 */
export const PROMPT_FORMAT_VERSION = 1;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'an id is lower-case letters, digits and dashes, up to 60');

export const RequirementSchema = z.object({ id: Id, text: Text(300) });

/** One figure of the scale to assume, e.g. 100 million new URLs a day, with where it comes from. */
export const ScaleFigureSchema = z.object({
  id: Id,
  label: Text(120),
  value: z.number().finite().nonnegative('a scale figure cannot be negative'),
  unit: Text(40),
  source: Text(500),
});

export const PHASES = ['requirements', 'estimation', 'highLevel', 'deepDive', 'wrapUp'] as const;
export type Phase = (typeof PHASES)[number];

export const HintsSchema = z.object({
  requirements: z.array(Text(400)).max(10),
  estimation: z.array(Text(400)).max(10),
  highLevel: z.array(Text(400)).max(10),
  deepDive: z.array(Text(400)).max(10),
  wrapUp: z.array(Text(400)).max(10),
});

/** The reference answer as a design without its id and name (it is opened as a new design). */
export const ReferenceDesignSchema = z.object({
  nodes: z.array(NodeSchema).min(1).max(200),
  edges: z.array(EdgeSchema).max(500),
  groups: z.array(GroupSchema).max(50).default([]),
  workload: WorkloadSchema,
  /** Where the workload's numbers come from (usually: the scale figures above). */
  workloadSource: Text(1000),
});

export const PromptSchema = z.object({
  formatVersion: z.literal(PROMPT_FORMAT_VERSION),
  id: Id,
  title: Text(120),
  summary: Text(600),
  functional: z.array(RequirementSchema).min(1).max(20),
  nonFunctional: z.array(RequirementSchema).min(1).max(20),
  scale: z.array(ScaleFigureSchema).min(1).max(30),
  hints: HintsSchema,
  /** Catalog kind ids a good answer uses (e.g. "cache", "blobStore"). */
  buildingBlocks: z.array(z.string().min(1).max(60)).min(1).max(30),
  reference: ReferenceDesignSchema,
});

export type Requirement = z.infer<typeof RequirementSchema>;
export type ScaleFigure = z.infer<typeof ScaleFigureSchema>;
export type Hints = z.infer<typeof HintsSchema>;
export type ReferenceDesign = z.infer<typeof ReferenceDesignSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
/** What a prompt file may contain before defaults are applied. */
export type PromptInput = z.input<typeof PromptSchema>;
