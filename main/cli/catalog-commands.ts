import type { Command } from 'commander';
import { bundledCatalog } from '../catalog/bundled';
import { coverageByCriterion } from '../../shared/catalog/validate';
import { formatTable } from './table';
import { printJson, resolveAssessmentId, withWorkspace, type GlobalOptions } from './context';
import { applyCatalogUpdate, pendingCatalogUpdate } from '../services/catalog-update';

export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description('browse the shipped control catalog');
  catalog
    .command('list')
    .description('list the catalog controls')
    .action((_opts, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const data = bundledCatalog();
      if (options.json) return printJson({ version: data.version, criteria: data.criteria, controls: data.controls });
      process.stdout.write(
        `${formatTable(
          ['ID', 'Stage', 'Frequency', 'Criteria', 'Title'],
          data.controls.map((c) => [c.id, c.stage, c.frequency, c.criteria.join(' '), c.title.en]),
        )}\n`,
      );
    });
  catalog
    .command('coverage')
    .description('how many catalog controls map to each criterion')
    .action((_opts, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const data = bundledCatalog();
      const rows = [...coverageByCriterion(data).entries()].map(([id, controls]) => ({
        id,
        category: data.criteria.find((c) => c.id === id)?.category ?? '',
        controls,
        count: controls.length,
      }));
      if (options.json) return printJson({ version: data.version, criteria: rows });
      process.stdout.write(
        `${formatTable(
          ['Criterion', 'Category', 'Controls'],
          rows.map((r) => [r.id, r.category, String(r.count)]),
        )}\n`,
      );
    });
  catalog
    .command('upgrade')
    .description(
      "move an assessment to this version's catalog: new controls are offered, retired ones flagged, edits kept",
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option(
      '--accept <ids>',
      'comma-separated new control ids to add, or "all"; without it, only lists what would change',
    )
    .action(async (opts: { assessment?: string; accept?: string }, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const result = await withWorkspace(options, false, (ctx) => {
        const id = resolveAssessmentId(ctx, opts.assessment);
        const pending = pendingCatalogUpdate(ctx, id);
        if (!pending || opts.accept === undefined) return { pending, applied: false };
        const accept =
          opts.accept === 'all'
            ? pending.offered
            : opts.accept
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
        applyCatalogUpdate(ctx, id, accept);
        return { pending, applied: true, accepted: accept };
      });
      if (options.json) return printJson(result);
      if (!result.pending) return void process.stdout.write('This assessment already uses the newest catalog.\n');
      const { from, to, offered, retired } = result.pending;
      process.stdout.write(
        `Catalog ${from} → ${to}: ${offered.length} new control(s) offered${offered.length ? ` (${offered.join(', ')})` : ''}; ${retired.length} retired (kept, flagged)${retired.length ? ` (${retired.join(', ')})` : ''}.\n${result.applied ? 'Applied.' : 'Run again with --accept all (or a list of ids) to apply.'}\n`,
      );
    });
}
