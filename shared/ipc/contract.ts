import { z } from 'zod';
import { FREQUENCIES, OWNER_FUNCTIONS, PIPELINE_STAGES, CONTROL_STATUSES } from '../domain';
import type { Assessment, AssessmentControl, ControlPopulation, EvidenceItem } from '../domain';
import { assessmentInputSchema, LIMITS } from '../assessment-input';
import type { Catalog, Localised } from '../catalog/schema';
import type { ScoreResult } from '../scoring/types';
import type { CoverageReport } from '../coverage/assessment';
import { isIsoDate } from '../dates';
import type { ReviewView } from '../review/types';
import { sampleSizeTableSchema, type SampleSizeSettings } from '../sampling/sizes';
import type { SnapshotDiff } from '../snapshots/diff';
import type { Snapshot, SnapshotSummary } from '../snapshots/types';
import { evidenceAddSchema, populationSchema, type EvidenceRemoval, type EvidenceVerification } from '../evidence';
import { REPORT_SECTIONS } from '../report/options';

/** What adopting the shipped catalog would change for one assessment. */
export interface CatalogUpdate {
  assessmentId: string;
  from: string;
  to: string;
  /** New controls of the shipped catalog that map to the assessment's scope. */
  offered: string[];
  /** Controls in the checklist that the shipped catalog no longer ships: kept, flagged retired. */
  retired: string[];
  /** Titles of the retired controls from the assessment's own catalog version, which the UI no longer has. */
  retiredTitles: Record<string, Localised>;
}
import { aiReadinessContract } from './ai-readiness-contract';
import { auditContract } from './audit-contract';
import { workspaceContract } from './workspace-contract';
import { spreadsheetContract } from './spreadsheet-contract';
import { interchangeContract } from './interchange-contract';
import type { AppEvent, Channel } from './channels';
import type { IpcResult } from './result';

const id = z.string().min(1).max(64);
const controlId = z.string().trim().min(1).max(40);

export const controlPatchSchema = z.strictObject({
  status: z.enum(CONTROL_STATUSES).optional(),
  justification: z.string().max(LIMITS.justification).optional(),
  ownerName: z.string().trim().max(LIMITS.ownerName).optional(),
  ownerFunction: z.enum(OWNER_FUNCTIONS).nullable().optional(),
  notes: z.string().max(LIMITS.notes).optional(),
  isKey: z.boolean().optional(),
  /** Custom controls only. */
  title: z.string().trim().min(1).max(LIMITS.controlTitle).optional(),
  description: z.string().max(LIMITS.controlDescription).optional(),
  criteria: z.array(z.string().max(10)).min(1).max(61).optional(),
});
export type ControlPatch = z.infer<typeof controlPatchSchema>;

export const customControlSchema = z.strictObject({
  controlId: controlId.optional(),
  title: z.string().trim().min(1).max(LIMITS.controlTitle),
  description: z.string().max(LIMITS.controlDescription).default(''),
  criteria: z.array(z.string().max(10)).min(1).max(61),
  stage: z.enum(PIPELINE_STAGES).default('organisation_wide'),
  frequency: z.enum(FREQUENCIES).default('quarterly'),
  isKey: z.boolean().default(false),
});
export type CustomControlInput = z.input<typeof customControlSchema>;

export const reportOptionsSchema = z.strictObject({
  lang: z.enum(['en', 'fr']).default('en'),
  /** Sections to print, in any order (they print in report order); default: all. */
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1).max(REPORT_SECTIONS.length).optional(),
  /** Prints "CONFIDENTIAL" across every page. */
  watermark: z.boolean().default(false),
  /** Only the cover and the executive summary (top five, remediation headline). */
  summaryOnly: z.boolean().default(false),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });

export const reviewRecordSchema = z
  .strictObject({
    reviewId: id,
    controlId,
    seq: z.number().int().min(1).max(100_000),
    result: z.enum(['passed', 'exception']),
    note: z.string().max(LIMITS.notes).optional(),
    evidenceId: id.nullable().optional(),
  })
  .refine((r) => r.result === 'passed' || (r.note ?? '').trim().length > 0, {
    message: 'An exception needs a note saying what was wrong.',
    path: ['note'],
  });

export interface AssessmentSummary extends Assessment {
  controlCount: number;
  /** Overall design readiness, 0–1. */
  design: number;
}

export interface AppInfo {
  version: string;
  catalogVersion: string;
  workspacePath: string;
  platform: string;
}

/** Marks a channel's output type; the value itself is never used at run time. */
function out<T>(): T {
  return undefined as T;
}

/** Input schema and output type of every channel. */
export const contract = {
  'app:info': { input: z.strictObject({}), output: out<AppInfo>() },
  'workspace:openDialog': { input: z.strictObject({}), output: out<{ path: string } | null>() },
  'workspace:createDialog': { input: z.strictObject({}), output: out<{ path: string } | null>() },
  'assessment:list': { input: z.strictObject({}), output: out<AssessmentSummary[]>() },
  'assessment:get': { input: z.strictObject({ id }), output: out<Assessment>() },
  'assessment:create': { input: assessmentInputSchema, output: out<Assessment>() },
  'assessment:update': {
    input: z.strictObject({ id, input: assessmentInputSchema }),
    output: out<Assessment>(),
  },
  'control:list': { input: z.strictObject({ assessmentId: id }), output: out<AssessmentControl[]>() },
  'control:update': {
    input: z.strictObject({ assessmentId: id, controlId, patch: controlPatchSchema }),
    output: out<AssessmentControl>(),
  },
  'control:bulkUpdate': {
    input: z.strictObject({
      assessmentId: id,
      controlIds: z.array(controlId).min(1).max(5000),
      patch: controlPatchSchema.pick({ status: true, ownerName: true, ownerFunction: true, justification: true }),
    }),
    output: out<{ updated: number }>(),
  },
  'control:addCustom': {
    input: z.strictObject({ assessmentId: id, control: customControlSchema }),
    output: out<AssessmentControl>(),
  },
  'control:deleteCustom': {
    input: z.strictObject({ assessmentId: id, controlId }),
    output: out<{ deleted: true }>(),
  },
  'catalog:get': { input: z.strictObject({}), output: out<Catalog>() },
  'catalog:pendingUpdate': {
    input: z.strictObject({ assessmentId: id }),
    output: out<CatalogUpdate | null>(),
  },
  'catalog:applyUpdate': {
    input: z.strictObject({ assessmentId: id, accept: z.array(controlId).max(5000) }),
    output: out<Assessment>(),
  },
  'score:get': { input: z.strictObject({ assessmentId: id, asOf: isoDate.optional() }), output: out<ScoreResult>() },
  'coverage:get': { input: z.strictObject({ assessmentId: id, asOf: isoDate.optional() }), output: out<CoverageReport>() },
  'review:start': { input: z.strictObject({ assessmentId: id }), output: out<ReviewView>() },
  'review:current': { input: z.strictObject({ assessmentId: id }), output: out<ReviewView | null>() },
  'review:record': { input: reviewRecordSchema, output: out<ReviewView>() },
  'review:complete': {
    input: z.strictObject({ reviewId: id, allowIncomplete: z.boolean().default(false) }),
    output: out<{ review: ReviewView; snapshot: SnapshotSummary }>(),
  },
  'snapshot:take': {
    input: z.strictObject({ assessmentId: id, label: z.string().trim().min(1).max(120) }),
    output: out<SnapshotSummary>(),
  },
  'snapshot:list': { input: z.strictObject({ assessmentId: id }), output: out<SnapshotSummary[]>() },
  'snapshot:get': { input: z.strictObject({ id }), output: out<Snapshot>() },
  'snapshot:diff': { input: z.strictObject({ from: id, to: id }), output: out<SnapshotDiff>() },
  'settings:getSampleSizes': { input: z.strictObject({}), output: out<SampleSizeSettings>() },
  'settings:setSampleSizes': {
    input: z.strictObject({ sizes: sampleSizeTableSchema.nullable() }),
    output: out<SampleSizeSettings>(),
  },
  'report:save': {
    input: z.strictObject({ assessmentId: id, options: reportOptionsSchema }),
    output: out<{ path: string } | null>(),
  },
  'evidence:list': { input: z.strictObject({ assessmentId: id }), output: out<EvidenceItem[]>() },
  'evidence:add': { input: evidenceAddSchema, output: out<EvidenceItem[]>() },
  'evidence:chooseFiles': { input: z.strictObject({}), output: out<string[]>() },
  'evidence:link': { input: z.strictObject({ evidenceId: id, controlId }), output: out<EvidenceItem>() },
  'evidence:unlink': { input: z.strictObject({ evidenceId: id, controlId }), output: out<EvidenceItem>() },
  'evidence:remove': {
    input: z.strictObject({ evidenceId: id, controlId: controlId.optional() }),
    output: out<EvidenceRemoval>(),
  },
  'evidence:verify': { input: z.strictObject({ assessmentId: id }), output: out<EvidenceVerification>() },
  'evidence:populations': { input: z.strictObject({ assessmentId: id }), output: out<ControlPopulation[]>() },
  'evidence:setPopulation': { input: populationSchema, output: out<ControlPopulation>() },
  ...aiReadinessContract,
  ...workspaceContract,
  ...spreadsheetContract,
  ...auditContract,
  ...interchangeContract,
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C, D extends string> = C extends `${D}:${infer A}` ? A : never;

/** The shape of window.api: window.api.assessment.create(input) → Promise<IpcResult<Assessment>>. */
export type PreloadApi = {
  [D in DomainOf<Channel>]: {
    [A in ActionOf<Channel, D>]: (
      input: ChannelInput<`${D}:${A}` & Channel>,
    ) => Promise<IpcResult<ChannelOutput<`${D}:${A}` & Channel>>>;
  };
} & {
  onEvent: (event: AppEvent, listener: () => void) => () => void;
  files: FilesApi;
};

/** A file dropped on the page: a DOM `File` (typed structurally, as shared/ has no DOM types). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** Not an IPC channel: a synchronous helper the preload runs in the page itself. */
export interface FilesApi {
  /**
   * The absolute path on disk of a file dropped on the page (Electron's webUtils.getPathForFile), or ''
   * when it has none (e.g. content dragged out of another app rather than a file). Modern Electron no
   * longer sets `File.path`, hence this helper.
   */
  pathOf: (file: DroppedFile) => string;
}
