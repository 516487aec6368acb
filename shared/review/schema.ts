import { z } from 'zod';
import { isIsoDate } from '../dates';
import { FREQUENCIES } from '../domain';
import { sampleSizeTableSchema } from '../sampling/sizes';
import type { ReviewPlan } from './types';

/**
 * A review's stored plan (reviews.sample_table, types.ts) as a strict schema: the size table used, the
 * window, and each control's plan without its items, exactly as Fieldwork writes them. A plan that arrives
 * from outside (a portable assessment file) is checked with it before it is stored.
 */

const count = z.number().int().min(0).max(1_000_000_000);
const date = z.string().max(10).refine(isIsoDate, 'must be a date written YYYY-MM-DD');

export const controlPlanSchema = z
  .strictObject({
    frequency: z.enum(FREQUENCIES),
    population: count,
    elapsedDays: count,
    windowDays: count.nullable(),
    size: count,
    base: count,
    prorated: z.boolean(),
    reason: z.enum(['not_started', 'population_not_recorded', 'no_occurrences']).nullable(),
  })
  .refine((plan) => plan.size <= plan.population, {
    message: 'cannot sample more items than the population holds',
    path: ['size'],
  });

export const reviewPlanSchema = z.strictObject({
  sizes: sampleSizeTableSchema,
  windowStart: date,
  windowEnd: date.nullable(),
  controls: z
    .record(z.string().min(1).max(40), controlPlanSchema)
    .refine((controls) => Object.keys(controls).length <= 100_000, 'lists more than 100,000 controls'),
});

/** Compile-time: what the schema accepts is exactly a ReviewPlan, and every ReviewPlan fits its shape. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REVIEW_PLAN_SCHEMA_MATCHES_TYPE: Exactly<z.output<typeof reviewPlanSchema>, ReviewPlan> = true;
