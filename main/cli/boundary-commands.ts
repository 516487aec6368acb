import { resolve } from 'node:path';
import type { Command } from 'commander';
import { renderDataFlowSvg } from '../../shared/boundary/data-flow';
import { COMPONENT_KINDS, type BoundaryComponent } from '../../shared/boundary/types';
import { AppError } from '../../shared/ipc/result';
import { omit } from '../../shared/omit';
import { writeChosenFile } from '../fs/atomic-write';
import {
  addStarterBoundary,
  dataFlowOf,
  deleteComponent,
  getComponent,
  listBoundary,
  saveComponent,
} from '../services/boundary';
import { printJson, resolveAssessmentId, withWorkspace } from './context';
import { commaList, globalsOf, integer, nested, oneOf, put } from './option-parsers';
import { formatTable } from './table';

type Opts = Record<string, string | boolean | undefined>;

function componentFlags(command: Command): Command {
  return command
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--kind <kind>', COMPONENT_KINDS.join(' | '))
    .option('--name <name>', 'component name')
    .option('--in-scope', 'inside the system boundary (default)')
    .option('--out-of-scope', 'outside the system boundary (give --reason)')
    .option('--reason <text>', 'why the component is out of scope')
    .option('--owner <name>', 'owner name')
    .option('--personal', 'touches personal data')
    .option('--no-personal', 'touches no personal data')
    .option('--confidential', 'touches confidential data')
    .option('--no-confidential', 'touches no confidential data')
    .option('--customer', 'touches customer data')
    .option('--no-customer', 'touches no customer data')
    .option('--controls <ids>', 'comma-separated checklist control ids that cover it (replaces the list)')
    .option('--training-path', 'on the training path')
    .option('--no-training-path', 'not on the training path')
    .option('--inference-path', 'on the inference path')
    .option('--no-inference-path', 'not on the inference path')
    .option('--order <n>', 'position in the flow (lowest first)')
    .option('--notes <text>', 'notes');
}

function flagValue<T>(o: Opts, key: string, type: 'string' | 'boolean'): T | undefined {
  const v = o[key];
  return typeof v === type ? (v as T) : undefined;
}

/** The component fields the flags give. */
function componentPatch(o: Opts): Record<string, unknown> {
  if (o.inScope === true && o.outOfScope === true)
    throw new AppError('invalid_input', 'Give --in-scope or --out-of-scope, not both.');
  const s = (key: string) => flagValue<string>(o, key, 'string');
  const b = (key: string) => flagValue<boolean>(o, key, 'boolean');
  const patch: Record<string, unknown> = {};
  const kind = s('kind');
  put(patch, 'kind', kind === undefined ? undefined : oneOf('component kind', kind, COMPONENT_KINDS));
  put(patch, 'name', s('name'));
  put(patch, 'inScope', o.outOfScope === true ? false : o.inScope === true ? true : undefined);
  put(patch, 'scopeReason', s('reason'));
  put(patch, 'ownerName', s('owner'));
  put(patch, 'data', nested({ personal: b('personal'), confidential: b('confidential'), customer: b('customer') }));
  const controls = s('controls');
  put(patch, 'controlIds', controls === undefined ? undefined : commaList(controls));
  put(patch, 'onTrainingPath', b('trainingPath'));
  put(patch, 'onInferencePath', b('inferencePath'));
  const order = s('order');
  put(patch, 'flowOrder', order === undefined ? undefined : integer('--order', order));
  put(patch, 'notes', s('notes'));
  return patch;
}

function toInput(c: BoundaryComponent) {
  return omit(c, ['assessmentId', 'createdAt', 'updatedAt']);
}

function flags(c: BoundaryComponent): string {
  return (
    [c.data.personal && 'personal', c.data.confidential && 'confidential', c.data.customer && 'customer']
      .filter(Boolean)
      .join(', ') || '—'
  );
}

function printComponents(components: readonly BoundaryComponent[]): void {
  process.stdout.write(
    `${formatTable(
      ['ID', 'Kind', 'Name', 'Scope', 'Paths', 'Data', 'Controls'],
      components.map((c) => [
        c.id,
        c.kind,
        c.name,
        c.inScope ? 'in' : `out: ${c.scopeReason}`,
        [c.onTrainingPath && 'training', c.onInferencePath && 'inference'].filter(Boolean).join('+') || '—',
        flags(c),
        String(c.controlIds.length),
      ]),
    )}\n`,
  );
}

export function registerBoundaryCommands(program: Command): void {
  const boundary = program.command('boundary').description('the system boundary: AI/ML components and their scope');
  boundary
    .command('list')
    .description('list the components of the system boundary')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globalsOf(command);
      const rows = await withWorkspace(options, false, (ctx) =>
        listBoundary(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) printJson(rows);
      else printComponents(rows);
    });

  componentFlags(boundary.command('add').description('add a component (--kind and --name are required)')).action(
    async (opts: Opts, command: Command) => {
      const options = globalsOf(command);
      const patch = componentPatch(opts);
      if (patch.kind === undefined || patch.name === undefined) {
        throw new AppError('invalid_input', `A new component needs --kind (${COMPONENT_KINDS.join(', ')}) and --name.`);
      }
      const saved = await withWorkspace(options, false, (ctx) =>
        saveComponent(ctx, resolveAssessmentId(ctx, flagValue(opts, 'assessment', 'string')), patch),
      );
      if (options.json) printJson(saved);
      else process.stdout.write(`${saved.id}\n`);
    },
  );

  componentFlags(
    boundary
      .command('update')
      .description('change the given fields of a component')
      .requiredOption('--id <id>', 'component id'),
  ).action(async (opts: Opts, command: Command) => {
    const options = globalsOf(command);
    const saved = await withWorkspace(options, false, (ctx) => {
      const assessmentId = resolveAssessmentId(ctx, flagValue(opts, 'assessment', 'string'));
      const current = toInput(getComponent(ctx, assessmentId, String(opts.id)));
      const patch = componentPatch(opts);
      const data = patch.data ? { ...current.data, ...patch.data } : current.data;
      return saveComponent(ctx, assessmentId, { ...current, ...patch, data });
    });
    if (options.json) printJson(saved);
    else process.stdout.write(`${saved.name}: updated\n`);
  });

  boundary
    .command('remove')
    .description('remove a component')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--id <id>', 'component id')
    .action(async (opts: { assessment?: string; id: string }, command: Command) => {
      const options = globalsOf(command);
      await withWorkspace(options, false, (ctx) =>
        deleteComponent(ctx, resolveAssessmentId(ctx, opts.assessment), opts.id),
      );
      if (options.json) printJson({ deleted: true, id: opts.id });
      else process.stdout.write(`${opts.id}: removed\n`);
    });

  boundary
    .command('starter')
    .description('add the starter components (one per AI/ML kind plus cloud infrastructure) the boundary lacks')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globalsOf(command);
      const result = await withWorkspace(options, false, (ctx) =>
        addStarterBoundary(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(result);
      process.stderr.write(`${result.added} starter component(s) added.\n`);
      printComponents(result.components);
    });

  boundary
    .command('diagram')
    .description('the data-flow diagram of the boundary, as SVG (or the structure with --json)')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--out <file>', 'write the SVG to this file instead of standard output')
    .action(async (opts: { assessment?: string; out?: string }, command: Command) => {
      const options = globalsOf(command);
      const flow = await withWorkspace(options, false, (ctx) =>
        dataFlowOf(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(flow);
      const svg = renderDataFlowSvg(flow);
      if (opts.out === undefined) return void process.stdout.write(`${svg}\n`);
      const out = resolve(opts.out);
      writeChosenFile(out, Buffer.from(svg, 'utf8'), 'The data-flow diagram');
      process.stdout.write(`${out}\n`);
    });
}
