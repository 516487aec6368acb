import type { Command } from 'commander';
import { OWNER_FUNCTIONS } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { omit } from '../../shared/omit';
import { REMEDIATION_PRIORITIES, REMEDIATION_STATUSES, type RemediationItem } from '../../shared/remediation/plan';
import { closeRemediation, getRemediation, listPlan, saveRemediation } from '../services/remediation';
import { printJson, resolveAssessmentId, withWorkspace } from './context';
import { commaList, dateOrNone, globalsOf, oneOf, put, repeatable } from './option-parsers';
import { formatTable } from './table';

type Opts = Record<string, string | string[] | boolean | undefined>;

function itemFlags(command: Command): Command {
  return command
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--action <text>', 'what will be done')
    .option('--owner <name>', 'who does it')
    .option('--function <function>', OWNER_FUNCTIONS.join(' | '))
    .option('--due <date>', 'due date, YYYY-MM-DD (by the window end) or "none"')
    .option('--priority <priority>', REMEDIATION_PRIORITIES.join(' | '))
    .option('--status <status>', REMEDIATION_STATUSES.join(' | '))
    .option('--controls <ids>', 'comma-separated checklist control ids it fixes (replaces the list)')
    .option('--finding <key>', 'a finding key it addresses (repeatable; replaces the list)', repeatable)
    .option('--notes <text>', 'notes')
    .option('--apply-to-controls', 'when the item is done, set its linked controls to implemented (same transaction)');
}

function itemPatch(o: Opts): Record<string, unknown> {
  const s = (key: string) => (typeof o[key] === 'string' ? o[key] : undefined);
  const patch: Record<string, unknown> = {};
  put(patch, 'action', s('action'));
  put(patch, 'ownerName', s('owner'));
  const fn = s('function');
  put(patch, 'ownerFunction', fn === undefined ? undefined : oneOf('owner function', fn, OWNER_FUNCTIONS));
  const due = s('due');
  put(patch, 'dueDate', due === undefined ? undefined : dateOrNone('--due', due));
  const priority = s('priority');
  put(patch, 'priority', priority === undefined ? undefined : oneOf('priority', priority, REMEDIATION_PRIORITIES));
  const status = s('status');
  put(patch, 'status', status === undefined ? undefined : oneOf('status', status, REMEDIATION_STATUSES));
  const controls = s('controls');
  put(patch, 'controlIds', controls === undefined ? undefined : commaList(controls));
  put(patch, 'findingKeys', Array.isArray(o.finding) ? o.finding : undefined);
  put(patch, 'notes', s('notes'));
  return patch;
}

function editable(item: RemediationItem): Record<string, unknown> {
  return omit(item, ['assessmentId', 'createdAt', 'updatedAt', 'closedAt']);
}

function assessmentOf(o: Opts): string | undefined {
  return typeof o.assessment === 'string' ? o.assessment : undefined;
}

export function registerRemediationCommands(program: Command): void {
  const remediation = program.command('remediation').description('the remediation plan: actions, owners, due dates');
  remediation
    .command('list')
    .description('list the plan, open items first, with overdue and due-date warnings')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .action(async (opts: { assessment?: string }, command: Command) => {
      const options = globalsOf(command);
      const items = await withWorkspace(options, false, (ctx) =>
        listPlan(ctx, resolveAssessmentId(ctx, opts.assessment)),
      );
      if (options.json) return printJson(items);
      process.stdout.write(
        `${formatTable(
          ['ID', 'Priority', 'Status', 'Due', 'Owner', 'Action', 'Controls', 'Flags'],
          items.map((i) => [
            i.id,
            i.priority,
            i.status,
            i.dueDate ?? '—',
            i.ownerName || '—',
            i.action,
            i.controlIds.join(' '),
            [i.overdue ? 'OVERDUE' : '', ...i.warnings.filter((w) => w.code !== 'overdue').map((w) => w.code)]
              .filter(Boolean)
              .join(', '),
          ]),
        )}\n`,
      );
    });

  itemFlags(remediation.command('add').description('add an item (--action is required)')).action(
    async (opts: Opts, command: Command) => {
      const options = globalsOf(command);
      const patch = itemPatch(opts);
      if (patch.action === undefined)
        throw new AppError('invalid_input', 'A remediation item needs --action (what will be done).');
      const saved = await withWorkspace(options, false, (ctx) =>
        saveRemediation(ctx, resolveAssessmentId(ctx, assessmentOf(opts)), patch, {
          applyToControls: opts.applyToControls === true,
        }),
      );
      if (options.json) printJson(saved);
      else process.stdout.write(`${saved.id}\n${saved.warnings.map((w) => `warning: ${w.message}\n`).join('')}`);
    },
  );

  itemFlags(
    remediation
      .command('update')
      .description('change the given fields of an item')
      .requiredOption('--id <id>', 'item id'),
  ).action(async (opts: Opts, command: Command) => {
    const options = globalsOf(command);
    const saved = await withWorkspace(options, false, (ctx) => {
      const assessmentId = resolveAssessmentId(ctx, assessmentOf(opts));
      const current = editable(getRemediation(ctx, assessmentId, String(opts.id)));
      return saveRemediation(
        ctx,
        assessmentId,
        { ...current, ...itemPatch(opts) },
        { applyToControls: opts.applyToControls === true },
      );
    });
    if (options.json) printJson(saved);
    else
      process.stdout.write(
        `${saved.id}: ${saved.status}\n${saved.warnings.map((w) => `warning: ${w.message}\n`).join('')}`,
      );
  });

  remediation
    .command('close')
    .description(
      'mark an item done; with --apply-to-controls its linked controls become implemented in the same transaction',
    )
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--id <id>', 'item id')
    .option('--apply-to-controls', 'set the linked controls to implemented')
    .action(async (opts: { assessment?: string; id: string; applyToControls?: boolean }, command: Command) => {
      const options = globalsOf(command);
      const closed = await withWorkspace(options, false, (ctx) =>
        closeRemediation(ctx, resolveAssessmentId(ctx, opts.assessment), opts.id, {
          applyToControls: opts.applyToControls === true,
        }),
      );
      if (options.json) printJson(closed);
      else
        process.stdout.write(
          `${closed.id}: done${opts.applyToControls && closed.controlIds.length ? `; implemented ${closed.controlIds.join(', ')}` : ''}\n`,
        );
    });
}
