import { isIsoDate } from '../../../../shared/dates';
import type { EvidenceKind } from '../../../../shared/domain';
import { EVIDENCE_LIMITS, type EvidenceMetaInput } from '../../../../shared/evidence';

/** What the evidence covers: a period (from–to) or the single date it shows. */
export type CoverShape = 'period' | 'single';

export interface EvidenceFormValues {
  controlIds: string[];
  kind: EvidenceKind;
  shape: CoverShape;
  periodFrom: string;
  periodTo: string;
  singleDate: string;
  sourceSystem: string;
  collectedBy: string;
  collectedAt: string;
  notes: string;
}

export type EvidenceFormError =
  'controlsRequired' | 'tooManyControls' | 'dateRequired' | 'dateInvalid' | 'periodReversed' | 'tooLong';

export type EvidenceFormErrors = Partial<
  Record<
    'controlIds' | 'periodFrom' | 'periodTo' | 'singleDate' | 'collectedAt' | 'sourceSystem' | 'collectedBy' | 'notes',
    EvidenceFormError
  >
>;

/** Point-in-time kinds: a screenshot shows one moment, so it is entered as a single date. */
export function isPointInTimeKind(kind: EvidenceKind): boolean {
  return kind === 'screenshot';
}

/** A fresh form: the period runs from the window start (when it has begun) to today. */
export function initialEvidenceValues(
  today: string,
  windowStart: string | null,
  controlIds: readonly string[],
): EvidenceFormValues {
  const from = windowStart !== null && windowStart <= today ? windowStart : today;
  return {
    controlIds: [...controlIds],
    kind: 'log_export',
    shape: 'period',
    periodFrom: from,
    periodTo: today,
    singleDate: today,
    sourceSystem: '',
    collectedBy: '',
    collectedAt: today,
    notes: '',
  };
}

/** The shape actually used: a screenshot is always a single date. */
export function effectiveShape(values: EvidenceFormValues): CoverShape {
  return isPointInTimeKind(values.kind) ? 'single' : values.shape;
}

function dateError(value: string): EvidenceFormError | undefined {
  if (value.trim() === '') return 'dateRequired';
  return isIsoDate(value) ? undefined : 'dateInvalid';
}

/** The same bounds main enforces (shared/evidence.ts), checked before the request so errors show by the field. */
export function validateEvidenceForm(values: EvidenceFormValues): EvidenceFormErrors {
  const errors: EvidenceFormErrors = {};
  if (values.controlIds.length === 0) errors.controlIds = 'controlsRequired';
  else if (values.controlIds.length > EVIDENCE_LIMITS.controlsPerItem) errors.controlIds = 'tooManyControls';
  if (effectiveShape(values) === 'single') {
    const e = dateError(values.singleDate);
    if (e) errors.singleDate = e;
  } else {
    const from = dateError(values.periodFrom);
    const to = dateError(values.periodTo);
    if (from) errors.periodFrom = from;
    if (to) errors.periodTo = to;
    if (!from && !to && values.periodTo < values.periodFrom) errors.periodTo = 'periodReversed';
  }
  const collected = dateError(values.collectedAt);
  if (collected) errors.collectedAt = collected;
  if (values.sourceSystem.trim().length > EVIDENCE_LIMITS.sourceSystem) errors.sourceSystem = 'tooLong';
  if (values.collectedBy.trim().length > EVIDENCE_LIMITS.collectedBy) errors.collectedBy = 'tooLong';
  if (values.notes.length > EVIDENCE_LIMITS.notes) errors.notes = 'tooLong';
  return errors;
}

/** The request body for 'evidence:add', without the assessment and the files. */
export function toEvidenceMeta(values: EvidenceFormValues): EvidenceMetaInput {
  const single = effectiveShape(values) === 'single';
  return {
    controlIds: values.controlIds,
    kind: values.kind,
    sourceSystem: values.sourceSystem.trim(),
    collectedBy: values.collectedBy.trim(),
    collectedAt: values.collectedAt,
    periodFrom: single ? values.singleDate : values.periodFrom,
    periodTo: single ? values.singleDate : values.periodTo,
    notes: values.notes,
  };
}
