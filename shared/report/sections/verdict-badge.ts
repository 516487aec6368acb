import type { Content, Margins } from 'pdfmake/interfaces';
import type { Verdict } from '../verdict';
import { COLOURS, type SectionContext } from './common';

/** Ink per verdict; the verdict is always printed in words too, so it reads in greyscale. */
export const VERDICT_COLOURS: Record<Verdict, { ink: string; fill: string }> = {
  ready: { ink: '#1E6B47', fill: '#E3F1EA' },
  ready_with_gaps: { ink: '#7A4A00', fill: '#FBF0DC' },
  not_ready: { ink: COLOURS.alert, fill: '#F8E4E4' },
};

/** The verdict as a tinted panel with a thick rule on its left: `Readiness verdict   Not ready`. */
export function verdictBadge(ctx: SectionContext, label: string, margin: Margins): Content {
  const colours = VERDICT_COLOURS[ctx.verdict.verdict];
  return {
    margin,
    table: {
      widths: [4, '*'],
      body: [
        [
          { text: '', fillColor: colours.ink },
          {
            fillColor: colours.fill,
            text: [
              { text: `${label}   `, fontSize: 9, color: COLOURS.muted },
              { text: ctx.t(`verdict.${ctx.verdict.verdict}`), fontSize: 14, bold: true, color: colours.ink },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 10),
      paddingRight: () => 8,
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
  };
}
