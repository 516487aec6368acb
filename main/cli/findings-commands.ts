import type { Command } from 'commander';
import { findingsOf, muteFinding, ownershipOf, unmuteFinding } from '../services/findings';
import { printJson, resolveAssessmentId, withWorkspace } from './context';
import { globalsOf } from './option-parsers';
import { formatTable } from './table';

export function registerFindingsCommands(program: Command): void {
  const findings = program
    .command('findings')
    .description('failure-pattern findings, the ranked gaps and the top five');
  findings
    .command('list', { isDefault: true })
    .description(
      'list the findings (muted ones included, marked) and the top five gaps; --json prints {findings, topFive, gaps}',
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globalsOf(command);
      const result = await withWorkspace(options, false, (ctx) =>
        findingsOf(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(result);
      process.stdout.write(`Top five gaps (as of ${result.asOf}; score = severity weight × criterion impact):\n`);
      process.stdout.write(
        `${formatTable(
          ['#', 'Score', 'Severity', 'Gap', 'Criteria'],
          result.topFive.map((g) => [String(g.rank), String(g.score), g.severity, g.title, g.criteria.join(' ')]),
        )}\n\n`,
      );
      process.stdout.write(
        `${formatTable(
          ['Rule', 'Severity', 'Title', 'Muted', 'Key'],
          result.findings.map((f) => [
            f.ruleId,
            f.severity,
            f.title,
            f.muted ? `yes: ${f.muted.justification}` : '',
            f.key,
          ]),
        )}\n`,
      );
    });
  findings
    .command('mute')
    .description(
      'mute a finding by its key, with the reason it is accepted (it stays listed as muted, and in the report)',
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--key <key>', 'the finding key, as listed')
    .requiredOption('--justification <text>', 'why the gap is accepted or does not apply')
    .action(async (opts: { assessment?: string; key: string; justification: string }, command: Command) => {
      const options = globalsOf(command);
      const muted = await withWorkspace(options, false, (ctx) =>
        muteFinding(ctx, resolveAssessmentId(ctx, opts.assessment), opts.key, opts.justification),
      );
      if (options.json) printJson(muted);
      else process.stdout.write(`${muted.key}: muted\n`);
    });
  findings
    .command('unmute')
    .description('unmute a finding')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--key <key>', 'the finding key')
    .action(async (opts: { assessment?: string; key: string }, command: Command) => {
      const options = globalsOf(command);
      const result = await withWorkspace(options, false, (ctx) =>
        unmuteFinding(ctx, resolveAssessmentId(ctx, opts.assessment), opts.key),
      );
      if (options.json) printJson(result);
      else process.stdout.write(`${opts.key}: ${result.unmuted ? 'unmuted' : 'was not muted'}\n`);
    });

  program
    .command('ownership')
    .description('the ownership matrix: pipeline stage × named owners, with the ownership flags')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globalsOf(command);
      const matrix = await withWorkspace(options, false, (ctx) =>
        ownershipOf(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(matrix);
      process.stdout.write(
        `${formatTable(
          ['Stage', 'Controls', 'AI', 'Unowned', 'Owners'],
          matrix.stages.map((s) => [
            s.stage,
            String(s.controlIds.length),
            String(s.aiControlIds.length),
            String(s.unownedControlIds.length),
            s.owners.map((o) => `${o.name} (${o.functions.join('/') || '?'})`).join(', ') || '—',
          ]),
        )}\n`,
      );
      const stageFlags = matrix.flags.filter((f) => f.kind !== 'control_without_owner');
      for (const f of stageFlags) process.stdout.write(`! ${f.stage}: ${f.kind.replace(/_/g, ' ')}\n`);
    });
}
