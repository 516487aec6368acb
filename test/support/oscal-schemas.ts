import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The official NIST OSCAL 1.2.1 JSON schemas (test/fixtures/oscal-1.2.1, draft-07) compiled with ajv and
 * ajv-formats, so the tests validate our exports exactly as any OSCAL tool would.
 */

// ajv-formats is CommonJS: under vitest's ESM interop its function may sit on `default`.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const cache = new Map<string, ValidateFunction>();

export type OscalModel = 'assessment-results' | 'poam';

export function oscalValidator(model: OscalModel): ValidateFunction {
  const cached = cache.get(model);
  if (cached) return cached;
  const file = join(__dirname, '../fixtures/oscal-1.2.1', `oscal_${model}_schema.json`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#')
    throw new Error(`unexpected schema dialect ${schema.$schema ?? 'none'}`);
  // allErrors: report every problem; strict off: the NIST schemas use `$id` fragments ajv's strict mode frowns on.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  cache.set(model, validate);
  return validate;
}

/** The validator's errors, one readable line each (empty when valid). */
export function oscalErrors(model: OscalModel, document: unknown): string[] {
  const validate = oscalValidator(model);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
