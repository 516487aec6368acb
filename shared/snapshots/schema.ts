import { z } from 'zod';
import { isIsoDate } from '../dates';
import { CATEGORY_KEYS, CONTROL_STATUSES, FREQUENCIES, REPORT_TYPES } from '../domain';
import { CONCLUSIONS } from '../sampling/conclude';
import { SCORING_METHOD } from '../scoring/types';
import { SNAPSHOT_FORMAT, type SnapshotData } from './types';

/**
 * The frozen snapshot JSON (snapshots.data, types.ts) as a strict schema: exactly the fields Fieldwork
 * writes, each of its type and range, nothing more. A snapshot that arrives from outside (a portable
 * assessment file) is checked with it before it is stored, since every screen and the report read it as typed.
 */

const MAX_CONTROLS = 100_000;
const MAX_CRITERIA = 1_000;
const id = z.string().min(1).max(64);
const controlId = z.string().min(1).max(40);
const criterionId = z.string().min(1).max(40);
const date = z.string().max(10).refine(isIsoDate, 'must be a date written YYYY-MM-DD');
/** A figure from 0 to 1; a weighted mean may land one rounding step above 1, which is still 1. */
const fraction = z
  .number()
  .min(0)
  .max(1 + 1e-9);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const ids = (max: number, of: z.ZodString) => z.array(of).max(max);

const statusCounts = z.strictObject(
  Object.fromEntries(CONTROL_STATUSES.map((s) => [s, count])) as Record<
    (typeof CONTROL_STATUSES)[number],
    typeof count
  >,
);

const rollUp = {
  design: fraction,
  operating: fraction.nullable(),
  criteria: count,
  unaddressedCriteria: count,
  controls: count,
  controlsByStatus: statusCounts,
  unassessedControls: count,
};

export const scoreResultSchema = z.strictObject({
  method: z.literal(SCORING_METHOD),
  assessmentId: id,
  asOf: date.exactOptional(),
  overall: z.strictObject({ id: z.literal('overall'), ...rollUp }),
  categories: z.array(z.strictObject({ id: z.enum(CATEGORY_KEYS), ...rollUp })).max(CATEGORY_KEYS.length),
  criteria: z
    .array(
      z.strictObject({
        id: criterionId,
        category: z.enum(CATEGORY_KEYS),
        group: z.string().max(40),
        design: fraction,
        operating: fraction.nullable(),
        unaddressed: z.boolean(),
        controls: ids(MAX_CONTROLS, controlId),
        excluded: ids(MAX_CONTROLS, controlId),
        weight: z
          .number()
          .min(0)
          .max(2 * MAX_CONTROLS),
      }),
    )
    .max(MAX_CRITERIA),
  controls: z
    .array(
      z.strictObject({
        id: controlId,
        status: z.enum(CONTROL_STATUSES),
        key: z.boolean(),
        weight: z.number().refine((w): boolean => w === 1 || w === 2, 'must be 1, or 2 for a key control'),
        applicable: z.boolean(),
        design: fraction.nullable(),
        coverage: fraction.nullable(),
        samplePassRate: fraction.nullable(),
        operating: fraction.nullable(),
        criteria: ids(MAX_CRITERIA, criterionId),
      }),
    )
    .max(MAX_CONTROLS),
});

const COVERAGE_NOTES = [
  'not_started',
  'as_of_capped',
  'current_period_only',
  'evidence_outside_window',
  'no_evidence',
  'point_in_time_only',
  'no_occurrences',
  'population_not_recorded',
] as const;

const coverageDetailSchema = z.strictObject({
  coverage: fraction,
  expected: count,
  evidenced: count,
  unit: z.enum(['periods', 'days', 'events']),
  gaps: z.array(z.strictObject({ from: date, to: date })).max(100_000),
  pointInTimeOnly: z.boolean(),
  notes: z.array(z.enum(COVERAGE_NOTES)).max(COVERAGE_NOTES.length),
});

export const snapshotControlSchema = z.strictObject({
  id: controlId,
  status: z.enum(CONTROL_STATUSES),
  frequency: z.enum(FREQUENCIES),
  ownerName: z.string().max(500),
  design: fraction.nullable(),
  coverage: fraction.nullable(),
  operating: fraction.nullable(),
  samplePassRate: fraction.nullable(),
  coverageDetail: coverageDetailSchema.nullable(),
  conclusion: z.enum(CONCLUSIONS).nullable(),
});

export const snapshotDataSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  assessment: z.strictObject({
    id,
    organisation: z.string().min(1).max(200),
    systemName: z.string().min(1).max(200),
    reportType: z.enum(REPORT_TYPES),
    categories: z.array(z.enum(CATEGORY_KEYS)).max(CATEGORY_KEYS.length),
    windowStart: date.nullable(),
    windowEnd: date.nullable(),
    reviewDate: date.nullable(),
    catalogVersion: z.string().min(1).max(40),
  }),
  asOf: date,
  reviewId: id.nullable(),
  score: scoreResultSchema,
  controls: z.array(snapshotControlSchema).max(MAX_CONTROLS),
});

/** Compile-time: what the schema accepts is exactly a SnapshotData, and every SnapshotData fits its shape. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SNAPSHOT_SCHEMA_MATCHES_TYPE: Exactly<z.output<typeof snapshotDataSchema>, SnapshotData> = true;
