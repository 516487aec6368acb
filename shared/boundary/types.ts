import { z } from 'zod';
import { LIMITS } from '../assessment-input';
import type { PipelineStage } from '../domain';

/** The kinds of component a system boundary is drawn with (seeds: training pipeline, serving, third-party AI APIs). */
export const COMPONENT_KINDS = [
  'data_source',
  'labelling',
  'feature_store',
  'training_pipeline',
  'evaluation',
  'model_registry',
  'serving_endpoint',
  'monitoring',
  'third_party_ai_api',
  'infrastructure',
  'other',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** Kinds that are a stage of the ML pipeline (infrastructure and other are not). */
export const PIPELINE_COMPONENT_KINDS = COMPONENT_KINDS.filter((k) => k !== 'infrastructure' && k !== 'other');

/**
 * The checklist stages whose controls cover a component of each kind: a control of one of these stages
 * counts as covering an in-scope component even when it is not linked to it explicitly.
 */
export const KIND_STAGES: Record<ComponentKind, readonly PipelineStage[]> = {
  data_source: ['data_collection'],
  labelling: ['data_collection', 'data_preparation'],
  feature_store: ['data_preparation'],
  training_pipeline: ['training'],
  evaluation: ['evaluation'],
  model_registry: ['model_registry'],
  serving_endpoint: ['inference_serving', 'deployment'],
  monitoring: ['monitoring'],
  third_party_ai_api: ['third_party_ai'],
  infrastructure: [],
  other: [],
};

/** Default path membership by kind, used when a component is saved without saying. */
export const DEFAULT_PATHS: Record<ComponentKind, { training: boolean; inference: boolean }> = {
  data_source: { training: true, inference: false },
  labelling: { training: true, inference: false },
  feature_store: { training: true, inference: true },
  training_pipeline: { training: true, inference: false },
  evaluation: { training: true, inference: false },
  model_registry: { training: true, inference: false },
  serving_endpoint: { training: false, inference: true },
  monitoring: { training: false, inference: true },
  third_party_ai_api: { training: false, inference: true },
  infrastructure: { training: false, inference: false },
  other: { training: false, inference: false },
};

/** Classes of data a component touches or a vendor receives. */
export interface DataClasses {
  personal: boolean;
  confidential: boolean;
  customer: boolean;
}

export interface BoundaryComponent {
  id: string;
  assessmentId: string;
  kind: ComponentKind;
  name: string;
  inScope: boolean;
  /** Why the component is outside the boundary; required when `inScope` is false. */
  scopeReason: string;
  ownerName: string;
  data: DataClasses;
  /** Checklist controls that cover this component. */
  controlIds: string[];
  onTrainingPath: boolean;
  onInferencePath: boolean;
  /** Position within its path stage, lowest first. */
  flowOrder: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const BOUNDARY_LIMITS = { name: 200, scopeReason: 2_000, controls: 500, flowOrder: 10_000 } as const;

export const dataClassesSchema = z.strictObject({
  personal: z.boolean().default(false),
  confidential: z.boolean().default(false),
  customer: z.boolean().default(false),
});

const controlId = z.string().trim().min(1).max(40);

export const componentInputSchema = z
  .strictObject({
    /** Present to update an existing component, absent to add one. */
    id: z.string().min(1).max(64).optional(),
    kind: z.enum(COMPONENT_KINDS, { message: `must be one of ${COMPONENT_KINDS.join(', ')}` }),
    name: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(BOUNDARY_LIMITS.name, `must be at most ${BOUNDARY_LIMITS.name} characters`),
    inScope: z.boolean().default(true),
    scopeReason: z.string().trim().max(BOUNDARY_LIMITS.scopeReason).default(''),
    ownerName: z.string().trim().max(LIMITS.ownerName).default(''),
    data: dataClassesSchema.default({ personal: false, confidential: false, customer: false }),
    controlIds: z.array(controlId).max(BOUNDARY_LIMITS.controls).default([]),
    /** Defaults by kind (DEFAULT_PATHS). */
    onTrainingPath: z.boolean().optional(),
    onInferencePath: z.boolean().optional(),
    /** Defaults to after the components already saved. */
    flowOrder: z.number().int().min(0).max(BOUNDARY_LIMITS.flowOrder).optional(),
    notes: z.string().max(LIMITS.notes).default(''),
  })
  .superRefine((value, ctx) => {
    if (!value.inScope && value.scopeReason.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['scopeReason'],
        message: `say why "${value.name}" is outside the system boundary (the auditor and the system description need the reason)`,
      });
    }
  });
export type ComponentInput = z.input<typeof componentInputSchema>;
export type ParsedComponentInput = z.output<typeof componentInputSchema>;
