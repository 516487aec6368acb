import { Option, type Command } from 'commander';
import { formatPercent } from '../../shared/format';
import { AppError } from '../../shared/ipc/result';
import type { ReviewView } from '../../shared/review/types';
import type { SnapshotDiff, FigureChange } from '../../shared/snapshots/diff';
import type { SnapshotSummary } from '../../shared/snapshots/types';
import { findOpenReview } from '../db/reviews';
import type { ServiceContext } from '../services/context';
import { completeReview, currentReview, recordSample, startReview } from '../services/review';
import { diffSnapshotsOf, getSnapshot, listSnapshotsOf, takeSnapshot } from '../services/snapshots';
import { printJson, resolveAssessmentId, withWorkspace, type GlobalOptions } from './context';
import { formatTable } from './table';

function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

function openReviewId(ctx: ServiceContext, assessment: string | undefined): string {
  const id = resolveAssessmentId(ctx, assessment);
  const open = findOpenReview(ctx.db, id);
  if (!open)
    throw new AppError(
      'no_open_review',
      'No review is open for this assessment; start one with "fieldwork review sample".',
    );
  return open.id;
}

function printReview(review: ReviewView): void {
  const rows = review.controls.flatMap((c) => {
    const head = [c.controlId, c.frequency, String(c.population), String(c.size), c.conclusion];
    if (c.samples.length === 0) return [[...head, '', c.reason ?? '', '']];
    return c.samples.map((s, i) => [...(i === 0 ? head : ['', '', '', '', '']), String(s.seq), s.item, s.result]);
  });
  const t = review.totals;
  process.stdout.write(
    `Review ${review.id} (${review.status}), as of ${review.asOf}, seed ${review.seed}\n` +
      `${formatTable(['Control', 'Frequency', 'Population', 'Sample', 'Conclusion', 'Item', 'Date / event', 'Result'], rows)}\n` +
      `${t.items} items in ${t.controls} controls: ${t.passed} passed, ${t.exceptions} exceptions, ${t.untested} untested\n`,
  );
}

function percent(value: number | null): string {
  return value === null ? '—' : formatPercent(value, 'en');
}

function printSnapshots(snapshots: SnapshotSummary[]): void {
  const rows = snapshots.map((s) => [
    s.id,
    s.label,
    s.asOf,
    s.takenAt.slice(0, 16).replace('T', ' '),
    percent(s.design),
    percent(s.operating),
  ]);
  process.stdout.write(`${formatTable(['ID', 'Label', 'As of', 'Taken (UTC)', 'Design', 'Operating'], rows)}\n`);
}

function change(c: FigureChange): string {
  if (c.delta === null) return `${percent(c.from)} → ${percent(c.to)}`;
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  return `${percent(c.from)} → ${percent(c.to)} (${sign}${formatPercent(Math.abs(c.delta), 'en')})`;
}

function printDiff(diff: SnapshotDiff): void {
  const lines = [
    `From "${diff.from.label}" (${diff.from.asOf}) to "${diff.to.label}" (${diff.to.asOf})`,
    formatTable(
      ['Category', 'Design', 'Operating'],
      [
        ...diff.categories.map((c) => [c.id, change(c.design), change(c.operating)]),
        ['overall', change(diff.overall.design), change(diff.overall.operating)],
      ],
    ),
    `${diff.criteria.length} criteria and ${diff.controls.length} controls changed`,
    ...(diff.controls.length > 0
      ? [
          formatTable(
            ['Control', 'Change', 'Status', 'Operating', 'Conclusion'],
            diff.controls.map((c) => [
              c.id,
              c.presence,
              `${c.status.from ?? '—'} → ${c.status.to ?? '—'}`,
              change(c.operating),
              `${c.conclusion.from ?? '—'} → ${c.conclusion.to ?? '—'}`,
            ]),
          ),
        ]
      : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerReviewCommands(program: Command): void {
  const review = program.command('review').description('the day-60 review: seeded samples, results, conclusions');
  review
    .command('sample')
    .description("start the review if none is open (on or after the review date) and print each control's sample")
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globals(command);
      const view = await withWorkspace(options, false, (ctx) => {
        const id = resolveAssessmentId(ctx, opts.assessment);
        return findOpenReview(ctx.db, id) ? currentReview(ctx, id) : startReview(ctx, id);
      });
      if (!view) return;
      if (options.json) printJson(view);
      else printReview(view);
    });
  review
    .command('record')
    .description('record the test of one sample item of the open review')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--control <id>', 'control id')
    .requiredOption('--item <n>', 'sample item number (the "Item" column of "review sample")')
    .addOption(new Option('--result <result>', 'test result').choices(['passed', 'exception']).makeOptionMandatory())
    .option('--note <text>', 'what was checked; required for an exception')
    .option('--evidence <id>', 'evidence item inspected')
    .action(
      async (
        opts: {
          assessment?: string;
          control: string;
          item: string;
          result: 'passed' | 'exception';
          note?: string;
          evidence?: string;
        },
        command: Command,
      ) => {
        const options = globals(command);
        if (!/^\d+$/.test(opts.item.trim()))
          throw new AppError('invalid_input', `--item must be a sample item number (got "${opts.item}").`);
        const view = await withWorkspace(options, false, (ctx) =>
          recordSample(ctx, {
            reviewId: openReviewId(ctx, opts.assessment),
            controlId: opts.control.trim(),
            seq: Number(opts.item),
            result: opts.result,
            note: opts.note,
            evidenceId: opts.evidence ?? null,
          }),
        );
        const control = view.controls.find((c) => c.controlId === opts.control.trim());
        if (options.json) printJson(control);
        else
          process.stdout.write(
            `${opts.control} item ${opts.item}: ${opts.result}; ${opts.control} now ${control?.conclusion ?? '—'}\n`,
          );
      },
    );
  review
    .command('complete')
    .description('complete the open review and freeze its "Day-60 review" snapshot')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--allow-incomplete', 'complete even with untested items (their controls are concluded "incomplete")')
    .action(async (opts: { assessment?: string; allowIncomplete?: boolean }, command: Command) => {
      const options = globals(command);
      const done = await withWorkspace(options, false, (ctx) =>
        completeReview(ctx, openReviewId(ctx, opts.assessment), { allowIncomplete: opts.allowIncomplete === true }),
      );
      if (options.json) printJson(done);
      else
        process.stdout.write(
          `Review ${done.review.id} completed; snapshot ${done.snapshot.id} ("${done.snapshot.label}", as of ${done.snapshot.asOf})\n`,
        );
    });

  const snapshot = program
    .command('snapshot')
    .description('frozen, read-only snapshots of an assessment, to compare reviews');
  snapshot
    .command('list')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globals(command);
      const list = await withWorkspace(options, false, (ctx) =>
        listSnapshotsOf(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) printJson(list);
      else printSnapshots(list);
    });
  snapshot
    .command('show')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--snapshot <id>', 'snapshot id (default: the latest)')
    .action(async (opts: { assessment?: string; snapshot?: string }, command: Command) => {
      const options = globals(command);
      const shown = await withWorkspace(options, false, (ctx) => {
        if (opts.snapshot) return getSnapshot(ctx, opts.snapshot);
        const latest = listSnapshotsOf(ctx, resolveAssessmentId(ctx, opts.assessment)).at(-1);
        if (!latest)
          throw new AppError(
            'not_found',
            'This assessment has no snapshot yet; take one with "fieldwork snapshot take --label L".',
          );
        return getSnapshot(ctx, latest.id);
      });
      if (options.json) printJson(shown);
      else printSnapshots([shown]);
    });
  snapshot
    .command('take')
    .requiredOption('--label <text>', 'e.g. "Baseline" or "Pre-fieldwork"')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string; label: string }, command: Command) => {
      const options = globals(command);
      const taken = await withWorkspace(options, false, (ctx) =>
        takeSnapshot(ctx, resolveAssessmentId(ctx, opts.assessment), opts.label),
      );
      if (options.json) printJson(taken);
      else process.stdout.write(`${taken.id}\n`);
    });
  snapshot
    .command('diff')
    .description('what changed between two snapshots (default: the last two)')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--from <id>', 'earlier snapshot id')
    .option('--to <id>', 'later snapshot id')
    .action(async (opts: { assessment?: string; from?: string; to?: string }, command: Command) => {
      const options = globals(command);
      const diff = await withWorkspace(options, false, (ctx) => {
        let { from, to } = opts;
        if (!from || !to) {
          const list = listSnapshotsOf(ctx, resolveAssessmentId(ctx, opts.assessment));
          from ??= list.at(-2)?.id;
          to ??= list.at(-1)?.id;
        }
        if (!from || !to)
          throw new AppError(
            'not_found',
            'Comparing needs two snapshots; take another with "fieldwork snapshot take --label L".',
          );
        return diffSnapshotsOf(ctx, from, to);
      });
      if (options.json) printJson(diff);
      else printDiff(diff);
    });
}
