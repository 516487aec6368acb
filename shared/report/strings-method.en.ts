/**
 * The methodology appendix, in English. The rule texts are quoted verbatim from the doc comments of the code
 * that applies them (shared/scoring/score.ts, shared/coverage/coverage.ts, shared/sampling/*.ts,
 * shared/rules/rank.ts, shared/report/verdict.ts, shared/vendors/staleness.ts), without the code
 * formatting; test/unit/report-strings.test.ts fails when a quote and its source drift apart.
 */
export const methodStringsEn = {
  'method.heading': 'Methodology',
  'method.intro':
    'Every figure in this report is computed by the methods below, quoted from the documented rules of the code that applies them: scoring {scoring}, coverage {coverage}, gap ranking {ranking}, verdict {verdict}. They are deterministic: the same workspace on the same date always gives the same figures.',

  'method.scoringHeading': 'Readiness scores',
  'method.scoringLead': 'Readiness of one assessment, deterministic and documented:',
  'method.scoring.1':
    "a control's design value is implemented 1, partial 0.5, not implemented 0, not assessed 0; N/A excluded;",
  'method.scoring.2': 'key controls weigh 2, others 1;',
  'method.scoring.3':
    'a criterion scores the weighted mean of its applicable mapped controls, or 0 (unaddressed) when it has none;',
  'method.scoring.4':
    'a category scores the plain mean of its criteria; overall is the plain mean of all in-scope criteria;',
  'method.scoring.5':
    "Type II: a control's operating value is design × evidence coverage (shared/coverage) × sample pass rate of the latest review (1 while none of its items is tested), averaged the same way.",
  'method.example':
    'Example: a criterion mapped to one key control that is implemented and one other control that is partially implemented scores (2 × 1 + 1 × 0.5) ÷ (2 + 1) = {result}.',
  'method.rounding':
    'All figures are computed unrounded; they are rounded to one decimal place only for display, with halves rounded away from zero.',

  'method.coverageHeading': 'Type II evidence coverage',
  'method.coverageLead': 'Type II evidence coverage of one control (method {method}):',
  'method.coverage.1':
    "Elapsed window. Coverage is measured from the window start to the as-of date, both included. The as-of date is the date asked for (the review's as-of date, or today), capped at the window end. Before the window starts there is nothing to measure: coverage 0, nothing expected (note not_started).",
  'method.coverage.2':
    "Evidence. Only the part of an item's period [from, to] inside the elapsed window counts; items wholly outside it are ignored (note evidence_outside_window). A screenshot, or any item whose period is one day (from = to), is point-in-time and covers one day only (a screenshot: the last day of its period).",
  'method.coverage.3':
    "Periodic controls. Periods are anchored at the window start: daily = each day; weekly = 7-day blocks; monthly = calendar-month steps from the start day, clamped to the month's end (a window opened Jan 31 has periods starting Jan 31, Feb 28 or 29, Mar 31, Apr 30 …); quarterly = 3-month steps; annually = 12-month steps; a period ends the day before the next begins. Expected = periods fully elapsed by the as-of date (last day on or before it); when none has, the current period counts as the one expected (note current_period_only). Evidenced = expected periods sharing at least one day with an evidence item's period. Coverage = evidenced ÷ expected, at most 1. Gaps = runs of consecutive unevidenced expected periods, as date ranges ending no later than the as-of date.",
  'method.coverage.4':
    'Continuous controls. Coverage = days of the elapsed window inside the union of the evidence periods ÷ elapsed days; overlapping periods count once. Gaps = runs of uncovered days.',
  'method.coverage.5':
    'Per-event controls. Coverage = evidenced ÷ population, as recorded for the control. Population 0 (no event yet) → coverage 1 (note no_occurrences); no population recorded → coverage 0 (note population_not_recorded). No gaps; evidence dates do not enter the figure.',
  'method.coverage.6':
    'Point-in-time only. A periodic or continuous control whose counted evidence is all point-in-time is flagged "point-in-time evidence does not show operation over the period" (pointInTimeOnly, note point_in_time_only); its coverage still follows rules 3–4. A control with no counted evidence carries the note no_evidence.',

  'method.samplingHeading': 'Sampling and conclusions of the day-60 review',
  'method.sizes':
    'Our own convention, modelled on common auditor practice for tests of operating effectiveness over a full period (it is not an AICPA table): annual 1, quarterly 2, monthly 2, weekly 5, daily 25, continuous 25 (raise it up to 40 for controls that operate many times a day); per-event by population: 1–4 → all, 5–12 → 2, 13–52 → 5, 53–365 → 25, more than 365 → 40. Workspaces may override it (settings key sample_sizes); each review stores the table it used.',
  'method.sizeLead': 'How many items to test for one control:',
  'method.size.1':
    "periodic and continuous: the table's size × elapsed days ÷ window days, rounded up, at least 1 (a window without an end date is not pro-rated: the sample can only be larger);",
  'method.size.2':
    "per-event: the table's size for the population recorded so far, which already reflects the elapsed window, so it is not pro-rated again;",
  'method.size.3': 'never more than the population (elapsed periods, elapsed days or recorded events); 0 when it is 0.',
  'method.draw':
    "Draws one control's sample, the way an auditor picks occurrences to inspect: the population is the expected periods of the elapsed window (periodic: each identified by its start date, as in the coverage rules), its days (continuous), or the recorded events numbered 1…N (per-event); the size comes from sampleSize; the items are drawn without replacement with the seeded generator and returned sorted. Same seed and inputs → same sample.",
  'method.prng':
    "A small, well-known seeded generator, so a stored seed reproduces a sample on any machine, forever: xmur3 turns the seed string into 32-bit state words and sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand) draws from them.",
  'method.seed': 'The review held as of {date} used the seed {seed} and this sample-size table:',
  'method.sizesTable':
    'annual {annually}, quarterly {quarterly}, monthly {monthly}, weekly {weekly}, daily {daily}, continuous {continuous}; per event: {perEvent}.',
  'method.band': 'up to {upTo} → {size}',
  'method.bandOpen': 'more → {size}',
  'method.bandAll': 'all',
  'method.concludeLead': "A control's conclusion from its sample, by documented thresholds:",
  'method.conclude.1': 'no item to sample (nothing elapsed, no recorded population, no occurrence) → "not_sampled";',
  'method.conclude.2': 'any item still untested → "incomplete";',
  'method.conclude.3': 'every tested item passed → "effective";',
  'method.conclude.4': 'exception rate (exceptions ÷ tested) at most 10% → "exceptions_noted";',
  'method.conclude.5': 'above 10% → "not_effective".',
  'method.concludeTail': 'The sample pass rate is passed ÷ tested, and is what enters the operating figure.',

  'method.rulesHeading': 'Failure-pattern rules',
  'method.rulesLead':
    'Each rule detects one failure pattern of AI/ML readiness reviews. A finding has a stable key (the rule and the records it names) and can be muted only with a written justification; muted findings stay listed in this report.',

  'method.rankingHeading': 'Ranking of gaps and the top five',
  'method.ranking.1':
    'Gaps are (1) the rule findings that are not muted, (2) the in-scope criteria with no applicable control that no finding already names, and (3) weak controls: key controls not implemented (high) or partial (medium), and other controls not implemented (low); a control already named by an unmuted finding is represented by that finding and not listed again.',
  'method.ranking.2':
    'score = severity weight × criterion impact, where severity weight is critical 4, high 3, medium 2, low 1, and criterion impact = 1 + min(number of distinct in-scope criteria the gap touches, 4), so 1 to 5.',
  'method.ranking.3':
    'Ties: higher severity first, then more criteria touched, then findings before criteria before controls, then the gap key in code-point order.',
  'method.ranking.4':
    'Top five: walk the ranked list and take each gap whose group (its rule id; weak controls form one group) is not taken yet, until five are taken; when fewer than five groups exist, fill up with the highest-ranked gaps not yet taken. The top five keeps the ranked order.',

  'method.verdictHeading': 'Readiness verdict',
  'method.verdictLead':
    'The readiness verdict (method fieldwork-verdict/1), our own rule of thumb for the day-60 conversation:',
  'method.verdict.1':
    'Not ready when any of these holds: overall design readiness below 60%; overall operating readiness below 50% (Type II, once measured); more than 10% of the in-scope criteria unaddressed; three or more critical findings open (not muted).',
  'method.verdict.2':
    'Ready for fieldwork when all of these hold: overall design readiness at least 85%; overall operating readiness at least 75% (Type II, once measured); no unaddressed criterion; no critical finding open; no remediation item overdue.',
  'method.verdict.3': 'Ready with gaps otherwise.',
  'method.verdictTail': 'Figures are compared unrounded; the reasons list every condition that failed.',

  'method.stalenessHeading': 'Vendor records out of date',
  'method.stalenessLead': 'A vendor record is stale as of a date when any of these holds:',
  'method.staleness.1': 'no last-review date.',
  'method.staleness.2':
    'the contract renewal date has passed (on or before the as-of date) and is after the last review.',
  'method.staleness.3': 'the last model-version change (on or before the as-of date) is after the last review.',
  'method.staleness.4':
    'a SOC 2 report is on file, its period ended more than 12 calendar months before the as-of date (period end + 12 months < as-of; exactly 12 months is still current), and no bridge letter dated on or after the period end is recorded.',
  'method.countingNote':
    'A control mapped to criteria in several categories is counted in each of them; the overall row counts each control once.',
} as const;
