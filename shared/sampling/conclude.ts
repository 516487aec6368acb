export const SAMPLE_RESULTS = ['untested', 'passed', 'exception'] as const;
export type SampleResult = (typeof SAMPLE_RESULTS)[number];

export const CONCLUSIONS = ['effective', 'exceptions_noted', 'not_effective', 'incomplete', 'not_sampled'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Highest exception rate, in per cent of tested items, still concluded "exceptions noted" rather than "not effective". */
export const TOLERABLE_EXCEPTION_PERCENT = 10;

export interface SampleTally {
  items: number;
  tested: number;
  passed: number;
  exceptions: number;
  untested: number;
  /** passed ÷ tested; null when nothing was tested. */
  passRate: number | null;
  /** exceptions ÷ tested; null when nothing was tested. */
  exceptionRate: number | null;
  conclusion: Conclusion;
}

/**
 * A control's conclusion from its sample, by documented thresholds:
 * - no item to sample (nothing elapsed, no recorded population, no occurrence) → "not_sampled";
 * - any item still untested → "incomplete";
 * - every tested item passed → "effective";
 * - exception rate (exceptions ÷ tested) at most 10% → "exceptions_noted";
 * - above 10% → "not_effective".
 * The sample pass rate is passed ÷ tested, and is what enters the operating figure.
 */
export function concludeSample(results: readonly SampleResult[]): SampleTally {
  let passed = 0;
  let exceptions = 0;
  for (const r of results) {
    if (r === 'passed') passed += 1;
    else if (r === 'exception') exceptions += 1;
  }
  const tested = passed + exceptions;
  const untested = results.length - tested;
  let conclusion: Conclusion;
  if (results.length === 0) conclusion = 'not_sampled';
  else if (untested > 0) conclusion = 'incomplete';
  else if (exceptions === 0) conclusion = 'effective';
  // Compared in integers so that 1 exception in 10 tested items sits exactly on the threshold.
  else if (exceptions * 100 <= TOLERABLE_EXCEPTION_PERCENT * tested) conclusion = 'exceptions_noted';
  else conclusion = 'not_effective';
  return {
    items: results.length,
    tested,
    passed,
    exceptions,
    untested,
    passRate: tested === 0 ? null : passed / tested,
    exceptionRate: tested === 0 ? null : exceptions / tested,
    conclusion,
  };
}
