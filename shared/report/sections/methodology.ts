import type { Content } from 'pdfmake/interfaces';
import { DESIGN_VALUE, KEY_WEIGHT, STANDARD_WEIGHT } from '../../scoring/score';
import { SCORING_METHOD } from '../../scoring/types';
import { heading, paragraph, type SectionContext } from './common';

/** The worked example of the appendix, computed with the scoring constants so text and code cannot drift. */
function exampleFraction(): number {
  const implemented = DESIGN_VALUE.implemented ?? 0;
  const partial = DESIGN_VALUE.partial ?? 0;
  return (KEY_WEIGHT * implemented + STANDARD_WEIGHT * partial) / (KEY_WEIGHT + STANDARD_WEIGHT);
}

function list(items: string[]): Content {
  return { ul: items, style: 'body', margin: [8, 0, 0, 6] };
}

/** Appendix A: the method of shared/scoring/score.ts, in words an auditor can re-perform by hand. */
export function methodologySection(ctx: SectionContext): Content[] {
  return [
    heading(ctx.t('method.heading'), 1, { pageBreak: 'before' }),
    paragraph(ctx.t('method.intro', { method: SCORING_METHOD })),
    heading(ctx.t('method.valuesHeading'), 3),
    list([
      ctx.t('method.value.implemented'),
      ctx.t('method.value.partial'),
      ctx.t('method.value.notImplemented'),
      ctx.t('method.value.notAssessed'),
      ctx.t('method.value.notApplicable'),
    ]),
    heading(ctx.t('method.weightsHeading'), 3),
    paragraph(ctx.t('method.weights')),
    heading(ctx.t('method.aggregationHeading'), 3),
    list([ctx.t('method.criterion'), ctx.t('method.category'), ctx.t('method.overall')]),
    paragraph(ctx.t('method.example', { result: ctx.percent(exampleFraction()) })),
    paragraph(ctx.t('method.operating')),
    paragraph(ctx.t('method.rounding')),
    paragraph(ctx.t('readiness.countingNote')),
  ];
}
