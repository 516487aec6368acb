import type { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { controlIdsOf } from '../db/controls';
import type { ServiceContext } from './context';

/** Parses a request with its schema, or throws one readable `invalid_input` error naming what is wrong. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
    .join('; ');
  throw new AppError('invalid_input', `${what} is not valid: ${detail}.`);
}

/** Control ids as the checklist writes them: trimmed, upper case, each once. */
export function normaliseControlIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim().toUpperCase()).filter((id) => id.length > 0))];
}

/** Throws unless every id is a control of the assessment's checklist. */
export function requireChecklistControls(ctx: ServiceContext, assessmentId: string, ids: readonly string[]): void {
  const present = controlIdsOf(ctx.db, assessmentId);
  const unknown = [...new Set(ids)].filter((id) => !present.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'invalid_input',
      `${unknown.length === 1 ? 'Control' : 'Controls'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this assessment's checklist; use the ids shown in the checklist (for example AI-REG-02).`,
    );
  }
}
