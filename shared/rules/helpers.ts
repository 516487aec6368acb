import type { ReadinessControl, RecordRef, RuleInput } from './types';

/** A control the checklist counts: not retired and mapped to at least one in-scope criterion. */
export function inScope(control: ReadinessControl): boolean {
  return !control.retired && control.criteria.length > 0;
}

/** In scope and not marked not applicable. */
export function applicable(control: ReadinessControl): boolean {
  return inScope(control) && control.status !== 'not_applicable';
}

export function tagged(controls: readonly ReadinessControl[], tag: string): ReadinessControl[] {
  return controls.filter((c) => !c.retired && c.tags.includes(tag));
}

export function controlRefs(controls: readonly ReadinessControl[]): RecordRef[] {
  return controls.map((c) => ({ type: 'control', id: c.controlId }));
}

export function idsOf(controls: readonly ReadinessControl[]): string[] {
  return controls.map((c) => c.controlId);
}

export function assessmentRef(input: RuleInput): RecordRef[] {
  return [{ type: 'assessment', id: input.assessment.id }];
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isTypeII(input: RuleInput): boolean {
  return input.assessment.reportType === 'II';
}
