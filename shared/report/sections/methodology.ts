import type { Content, TableCell } from 'pdfmake/interfaces';
import { COVERAGE_METHOD } from '../../coverage/coverage';
import { ALL_RULES } from '../../rules/engine';
import { RANKING_METHOD } from '../../rules/rank';
import type { SampleSizeTable } from '../../sampling/sizes';
import { DESIGN_VALUE, KEY_WEIGHT, STANDARD_WEIGHT } from '../../scoring/score';
import { SCORING_METHOD } from '../../scoring/types';
import type { ReportStringKey } from '../strings.en';
import { VERDICT_METHOD } from '../verdict';
import { dataTable, headerCell, keepTogether, paragraph, subHeading, type SectionContext } from './common';
import { severityCell } from './gap-table';

/** The worked example of the appendix, computed with the scoring constants so text and code cannot drift. */
function exampleFraction(): number {
  const implemented = DESIGN_VALUE.implemented ?? 0;
  const partial = DESIGN_VALUE.partial ?? 0;
  return (KEY_WEIGHT * implemented + STANDARD_WEIGHT * partial) / (KEY_WEIGHT + STANDARD_WEIGHT);
}

function list(ctx: SectionContext, keys: readonly ReportStringKey[], ordered = false, start = 1): Content {
  const items = keys.map((k) => ctx.t(k));
  return ordered
    ? { ol: items, start, style: 'body', margin: [8, 0, 0, 6] }
    : { ul: items, style: 'body', margin: [8, 0, 0, 6] };
}

function sizesText(ctx: SectionContext, sizes: SampleSizeTable): string {
  const bands = sizes.perEvent.map((band) => {
    const size = band.size === 'all' ? ctx.t('method.bandAll') : String(band.size);
    return band.upTo === null
      ? ctx.t('method.bandOpen', { size })
      : ctx.t('method.band', { upTo: ctx.int(band.upTo), size });
  });
  return ctx.t('method.sizesTable', { ...sizes, perEvent: bands.join(ctx.t('common.listSeparator')) });
}

function rulesTable(ctx: SectionContext): Content {
  const body: TableCell[][] = [
    [headerCell(ctx.t('col.rule')), headerCell(ctx.t('col.severity')), headerCell(ctx.t('col.finding'))],
    ...ALL_RULES.map((rule): TableCell[] => [
      { text: rule.id, noWrap: true, bold: true },
      severityCell(ctx, rule.severity),
      ctx.ai.rules[rule.id].title,
    ]),
  ];
  return dataTable([56, 56, '*'], body);
}

/** The appendix: every method quoted from the code's documented rules, so an auditor can re-perform each figure. */
export function methodologySection(ctx: SectionContext, letter: string): Content[] {
  const review = ctx.data.review;
  const n = (i: number) => `${letter}.${i}`;
  return [
    {
      text: ctx.t('heading.appendix', { letter, title: ctx.t('method.heading') }),
      style: 'h1',
      headlineLevel: 1,
      tocItem: true,
      pageBreak: 'before',
      pageOrientation: 'portrait',
    },
    paragraph(
      ctx.t('method.intro', {
        scoring: SCORING_METHOD,
        coverage: COVERAGE_METHOD,
        ranking: RANKING_METHOD,
        verdict: VERDICT_METHOD,
      }),
    ),
    keepTogether(
      subHeading(ctx, n(1), ctx.t('method.scoringHeading')),
      paragraph(ctx.t('method.scoringLead'), 'lead'),
      list(ctx, ['method.scoring.1', 'method.scoring.2', 'method.scoring.3', 'method.scoring.4', 'method.scoring.5']),
    ),
    paragraph(ctx.t('method.example', { result: ctx.percent(exampleFraction()) })),
    paragraph(ctx.t('method.rounding')),
    paragraph(ctx.t('method.countingNote')),
    keepTogether(
      subHeading(ctx, n(2), ctx.t('method.coverageHeading')),
      paragraph(ctx.t('method.coverageLead', { method: COVERAGE_METHOD }), 'lead'),
      list(ctx, ['method.coverage.1', 'method.coverage.2'], true),
    ),
    list(ctx, ['method.coverage.3', 'method.coverage.4', 'method.coverage.5', 'method.coverage.6'], true, 3),
    keepTogether(subHeading(ctx, n(3), ctx.t('method.samplingHeading')), paragraph(ctx.t('method.sizes'))),
    keepTogether(
      paragraph(ctx.t('method.sizeLead'), 'lead'),
      list(ctx, ['method.size.1', 'method.size.2', 'method.size.3']),
    ),
    paragraph(ctx.t('method.draw')),
    paragraph(ctx.t('method.prng')),
    ...(review
      ? [
          keepTogether(
            paragraph(ctx.t('method.seed', { date: ctx.date(review.asOf), seed: review.seed }), 'lead'),
            paragraph(sizesText(ctx, review.sizes)),
          ),
        ]
      : []),
    keepTogether(
      paragraph(ctx.t('method.concludeLead'), 'lead'),
      list(ctx, [
        'method.conclude.1',
        'method.conclude.2',
        'method.conclude.3',
        'method.conclude.4',
        'method.conclude.5',
      ]),
      paragraph(ctx.t('method.concludeTail')),
    ),
    keepTogether(
      subHeading(ctx, n(4), ctx.t('method.rulesHeading')),
      paragraph(ctx.t('method.rulesLead'), 'lead'),
      rulesTable(ctx),
    ),
    keepTogether(
      subHeading(ctx, n(5), ctx.t('method.rankingHeading')),
      list(ctx, ['method.ranking.1', 'method.ranking.2', 'method.ranking.3', 'method.ranking.4']),
    ),
    keepTogether(
      subHeading(ctx, n(6), ctx.t('method.verdictHeading')),
      paragraph(ctx.t('method.verdictLead'), 'lead'),
      list(ctx, ['method.verdict.1', 'method.verdict.2', 'method.verdict.3']),
      paragraph(ctx.t('method.verdictTail')),
    ),
    keepTogether(
      subHeading(ctx, n(7), ctx.t('method.stalenessHeading')),
      paragraph(ctx.t('method.stalenessLead'), 'lead'),
      list(ctx, ['method.staleness.1', 'method.staleness.2', 'method.staleness.3', 'method.staleness.4']),
    ),
  ];
}
