import type { Command } from 'commander';
import { bundledCatalog } from '../catalog/bundled';
import { coverageByCriterion } from '../../shared/catalog/validate';
import { formatTable } from './table';
import { printJson, type GlobalOptions } from './context';

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
      process.stdout.write(`${formatTable(['Criterion', 'Category', 'Controls'], rows.map((r) => [r.id, r.category, String(r.count)]))}\n`);
    });
}
