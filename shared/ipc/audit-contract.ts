import { z } from 'zod';
import {
  auditFilterSchema,
  parseAnchor,
  type AuditActor,
  type AuditAnchor,
  type AuditPage,
  type AuditVerification,
} from '../audit/types';

/**
 * The audit-trail channels, spread into the one IPC contract in contract.ts. Same conventions: one
 * object argument, validated with zod at the door.
 */

function out<T>(): T {
  return undefined as T;
}

export const auditContract = {
  /** A page of the trail, newest first; `beforeSeq` continues from the previous page. */
  'audit:list': {
    input: z.strictObject({
      filter: auditFilterSchema.default({}),
      beforeSeq: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: out<AuditPage>(),
  },
  /** Recomputes the chain; an optional anchor (`SEQ:HASH`) written down earlier is checked too. */
  'audit:verify': {
    input: z.strictObject({
      anchor: z
        .string()
        .max(100)
        .refine((text) => parseAnchor(text) !== null, { message: 'must be written SEQ:HASH (64 hex digits)' })
        .optional(),
    }),
    output: out<AuditVerification>(),
  },
  /** Asks where to save, then writes the entries matching the filter; null when the user cancels. */
  'audit:export': {
    input: z.strictObject({ format: z.enum(['csv', 'json']), filter: auditFilterSchema.default({}) }),
    output: out<{ path: string; entries: number; verified: boolean; head: AuditAnchor | null } | null>(),
  },
  'audit:getActor': { input: z.strictObject({}), output: out<AuditActor>() },
  /** The name changes made in the app are recorded under; null or empty goes back to the OS account. */
  'audit:setActor': {
    input: z.strictObject({ name: z.string().max(120).nullable() }),
    output: out<AuditActor>(),
  },
};

export type AuditChannel = keyof typeof auditContract;
