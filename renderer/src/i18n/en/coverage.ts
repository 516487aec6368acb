/** The control panel's "Evidence & coverage" section and the coverage timeline (keys under `coverage.`). */
export default {
  title: 'Evidence & coverage',
  loading: 'Loading coverage…',
  notMeasured: 'Coverage of the observation window is measured for Type II assessments with a window start.',
  asOf: 'as of {{date}}',
  counts: {
    periods: '{{evidenced}} of {{expected}} {{frequency}} periods evidenced',
    days: '{{evidenced}} of {{expected}} days covered',
    events: '{{evidenced}} of {{expected}} events evidenced',
  },
  pointInTimeFlag: 'Point-in-time evidence does not show operation over the period.',
  gaps_one: '{{count}} gap',
  gaps_other: '{{count}} gaps',
  moreGaps: 'and {{count}} more',
  note: {
    not_started: 'The observation window has not started yet: nothing is expected.',
    as_of_capped: 'Measured to the window end, which has passed.',
    current_period_only: 'No period has fully elapsed yet: the current one is the one expected.',
    evidence_outside_window: 'Some evidence lies wholly outside the elapsed window and does not count.',
    no_evidence: 'No evidence covers the elapsed window yet.',
    point_in_time_only: 'Point-in-time evidence only.',
    no_occurrences: 'No event has occurred yet: nothing to evidence.',
    population_not_recorded: 'No population recorded: record the events so far on the Evidence page.',
  },
  operatingLine: 'Operating {{operating}} = design {{design}} × coverage {{coverage}} × sample pass rate {{pass}}',
  noSample: '100% (not tested)',
  recordPopulation: 'Record the population on the Evidence page',
  linked_one: '{{count}} evidence file',
  linked_other: '{{count}} evidence files',
  noEvidence: 'No evidence supports this control yet. Drop a file here or add one.',
  addEvidence: 'Add evidence…',
  /** Quoted from the rules in shared/coverage/coverage.ts (method fieldwork-coverage/1). */
  method: {
    title: 'Type II evidence coverage (method {{method}})',
    rule1:
      'Elapsed window. Coverage is measured from the window start to the as-of date, both included. The as-of date is the date asked for (the review’s as-of date, or today), capped at the window end. Before the window starts there is nothing to measure: coverage 0, nothing expected.',
    rule2:
      'Evidence. Only the part of an item’s period [from, to] inside the elapsed window counts; items wholly outside it are ignored. A screenshot, or any item whose period is one day (from = to), is point-in-time and covers one day only (a screenshot: the last day of its period).',
    rule3:
      'Periodic controls. Periods are anchored at the window start: daily = each day; weekly = 7-day blocks; monthly = calendar-month steps from the start day, clamped to the month’s end (a window opened Jan 31 has periods starting Jan 31, Feb 28 or 29, Mar 31, Apr 30 …); quarterly = 3-month steps; annually = 12-month steps; a period ends the day before the next begins. Expected = periods fully elapsed by the as-of date (last day on or before it); when none has, the current period counts as the one expected. Evidenced = expected periods sharing at least one day with an evidence item’s period. Coverage = evidenced ÷ expected, at most 1. Gaps = runs of consecutive unevidenced expected periods, as date ranges ending no later than the as-of date.',
    rule4:
      'Continuous controls. Coverage = days of the elapsed window inside the union of the evidence periods ÷ elapsed days; overlapping periods count once. Gaps = runs of uncovered days.',
    rule5:
      'Per-event controls. Coverage = evidenced ÷ population, as recorded for the control. Population 0 (no event yet) → coverage 1; no population recorded → coverage 0. No gaps; evidence dates do not enter the figure.',
    rule6:
      'Point-in-time only. A periodic or continuous control whose counted evidence is all point-in-time is flagged “point-in-time evidence does not show operation over the period”; its coverage still follows rules 3–4.',
  },
  timeline: {
    summary:
      'Coverage timeline from {{from}} to {{to}}: {{cells}} cells, {{covered}} evidenced, {{partial}} partly evidenced, {{gaps}} gaps.',
    covered: 'Evidenced',
    gap: 'Gap',
    partial: 'Partly evidenced',
  },
} as const;
