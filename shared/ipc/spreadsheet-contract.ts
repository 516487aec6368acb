import { z } from 'zod';
import {
  IMPORT_FIELDS,
  IMPORT_LIMITS,
  type ImportField,
  type ImportReport,
  type ImportSummary,
  type MatrixProposal,
} from '../interchange/import-types';

/**
 * The spreadsheet channels (control matrix and remediation plan exports, control matrix import), spread
 * into the one IPC contract in contract.ts. Same conventions: one object argument, validated at the door.
 */

const id = z.string().min(1).max(64);
const column = z
  .number()
  .int()
  .min(0)
  .max(IMPORT_LIMITS.columns - 1);

export const columnMappingSchema = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column.optional()])) as Record<
    ImportField,
    z.ZodOptional<typeof column>
  >,
);

const exportInput = z.strictObject({ assessmentId: id });
const token = z.uuid();

function out<T>(): T {
  return undefined as T;
}

export const spreadsheetContract = {
  'export:controlsCsv': { input: exportInput, output: out<{ path: string } | null>() },
  'export:controlsXlsx': { input: exportInput, output: out<{ path: string } | null>() },
  'export:remediationCsv': { input: exportInput, output: out<{ path: string } | null>() },
  'export:remediationXlsx': { input: exportInput, output: out<{ path: string } | null>() },
  'import:chooseFile': { input: z.strictObject({}), output: out<{ path: string } | null>() },
  'import:readFile': {
    input: z.strictObject({
      path: z.string().min(1).max(4_096),
      sheet: z.string().max(200).optional(),
      headerRow: z.number().int().min(1).max(IMPORT_LIMITS.headerScan).optional(),
      headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    }),
    output: out<MatrixProposal>(),
  },
  'import:preview': {
    input: z.strictObject({ token, mapping: columnMappingSchema, assessmentId: id }),
    output: out<ImportReport>(),
  },
  'import:apply': {
    input: z.strictObject({ token, mapping: columnMappingSchema, assessmentId: id }),
    output: out<ImportSummary>(),
  },
};

export type SpreadsheetChannel = keyof typeof spreadsheetContract;
