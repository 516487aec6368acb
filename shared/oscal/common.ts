import type { Assessment } from '../domain';
import type { OscalMetadata, OscalParty, OscalProperty } from './types';

/**
 * Helpers shared by the OSCAL builders. OSCAL 1.2.1's JSON schemas constrain strings tightly (see
 * https://pages.nist.gov/OSCAL/reference/datatypes/): a `string` has no leading or trailing whitespace and
 * no line break, a `markup-line` has no line break, a `token` starts with a letter or `_`. User text is
 * normalised here so every document we write validates, whatever a user typed.
 */

export const OSCAL_VERSION = '1.2.1';

/** Namespace of every property Fieldwork defines (a URN: nothing to fetch). */
export const FIELDWORK_NS = 'urn:fieldwork:oscal';

/** Our party roles. */
export const ROLE_ASSESSOR = 'assessor';
export const ROLE_PREPARED_FOR = 'prepared-for';

/** A single line: whitespace runs (line breaks included) become one space, trimmed; empty stays empty. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A markup-line: one line, never empty (falls back to `fallback`). */
export function markupLine(text: string, fallback = '—'): string {
  const line = oneLine(text);
  return line.length > 0 ? line : fallback;
}

/** A markup-multiline: trimmed, never empty. */
export function markupMultiline(text: string, fallback = '—'): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return trimmed.length > 0 ? trimmed : fallback;
}

const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

/** Stable 32-bit FNV-1a, hex: a short, deterministic disambiguator for ids that had to be rewritten. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A control id as an OSCAL token. Catalog ids (`AI-REG-02`) and criterion ids (`CC6.1`) already are;
 * a custom id a user typed (`1.2 GPU`) is rewritten (`_1.2_GPU-3f2a9c10`) and the original kept in a prop.
 */
export function controlToken(id: string): string {
  if (isToken(id)) return id;
  const body = [...id].map((ch) => (/[\p{L}\p{N}._-]/u.test(ch) ? ch : '_')).join('');
  return `_${body}-${fnv1a(id)}`;
}

/** A property in our namespace, or nothing when the value would be empty. */
export function prop(
  name: string,
  value: string | number | boolean | null | undefined,
  extra: Partial<OscalProperty> = {},
): OscalProperty[] {
  if (value === null || value === undefined) return [];
  const text = oneLine(String(value));
  if (text.length === 0) return [];
  return [{ name, ns: FIELDWORK_NS, value: text, ...extra }];
}

/** `props` only when there is at least one (OSCAL arrays have minItems 1). */
export function propsOf(...groups: OscalProperty[][]): { props?: OscalProperty[] } {
  const props = groups.flat();
  return props.length > 0 ? { props } : {};
}

/** An optional array field, left out when empty. */
export function nonEmpty<K extends string, T>(key: K, items: readonly T[]): Partial<Record<K, T[]>> {
  return items.length > 0 ? ({ [key]: [...items] } as Partial<Record<K, T[]>>) : {};
}

/** A calendar date as a timezone-aware instant at midnight UTC. */
export function dateTimeOf(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Any ISO instant we store (`2026-11-22T09:00:00.000Z`) as OSCAL writes it (UTC, `Z`). */
export function instant(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not an ISO date-time: ${iso}`);
  return new Date(time).toISOString();
}

/** A fraction as a percentage with one decimal (`87.5`), the way the report prints it. */
export function percent(fraction: number | null): string | null {
  return fraction === null ? null : (Math.round(fraction * 1000) / 10).toFixed(1);
}

export interface MetadataInput {
  title: string;
  assessment: Assessment;
  generatedAt: string;
  appVersion: string;
  uuid: () => string;
  extraProps?: OscalProperty[];
}

/** Metadata with the organisation (prepared for) and the assessors as parties. */
export function buildMetadata(input: MetadataInput): OscalMetadata {
  const { assessment, uuid } = input;
  const organisation: OscalParty = { uuid: uuid(), type: 'organization', name: markupLine(assessment.organisation) };
  const assessors: OscalParty[] = assessment.assessors
    .map(oneLine)
    .filter((name) => name.length > 0)
    .map((name) => ({ uuid: uuid(), type: 'person', name }));
  return {
    title: markupLine(input.title),
    'last-modified': instant(input.generatedAt),
    version: instant(assessment.updatedAt),
    'oscal-version': OSCAL_VERSION,
    props: [
      ...prop('generator', `Fieldwork ${input.appVersion}`),
      ...prop('assessment-id', assessment.id),
      ...prop('report-type', `Type ${assessment.reportType}`),
      ...prop('catalog-version', assessment.catalogVersion),
      ...(input.extraProps ?? []),
    ],
    roles: [
      { id: ROLE_ASSESSOR, title: 'Readiness assessor' },
      { id: ROLE_PREPARED_FOR, title: 'Organisation the readiness review is prepared for' },
    ],
    parties: [organisation, ...assessors],
    'responsible-parties': [
      { 'role-id': ROLE_PREPARED_FOR, 'party-uuids': [organisation.uuid] },
      ...(assessors.length > 0 ? [{ 'role-id': ROLE_ASSESSOR, 'party-uuids': assessors.map((a) => a.uuid) }] : []),
    ],
  };
}
