import type { Command } from 'commander';
import { AppError } from '../../shared/ipc/result';
import { SOC2_REPORT_TYPES, SUBSERVICE_METHODS, TRAINING_USES, VENDOR_SERVICE_TYPES } from '../../shared/vendors/types';
import { deleteVendor, listVendorViews, saveVendor, updateVendor } from '../services/vendors';
import { printJson, resolveAssessmentId, withWorkspace } from './context';
import { dateOrNone, daysOrUnknown, globalsOf, nested, oneOf, put, repeatable, yesNo } from './option-parsers';
import { formatTable } from './table';

type Opts = Record<string, string | string[] | boolean | undefined>;

/** Every vendor field as a flag; add and update share them (update changes only the flags given). */
function vendorFlags(command: Command): Command {
  return command
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--name <name>', 'vendor name')
    .option('--type <type>', VENDOR_SERVICE_TYPES.join(' | '))
    .option('--purpose <text>', 'what the service is used for')
    .option('--model <name@version>', 'a model used (repeatable)', repeatable)
    .option('--clear-models', 'remove every model (update)')
    .option('--sends-personal', 'personal data is sent to the vendor')
    .option('--no-sends-personal', 'no personal data is sent')
    .option('--sends-customer', 'customer data is sent to the vendor')
    .option('--no-sends-customer', 'no customer data is sent')
    .option('--sends-confidential', 'confidential data is sent to the vendor')
    .option('--no-sends-confidential', 'no confidential data is sent')
    .option('--training-use <answer>', TRAINING_USES.join(' | '))
    .option('--training-use-source <text>', 'where the training-use answer comes from (required unless unknown)')
    .option('--retention-inputs-days <days>', 'days the vendor keeps our inputs, or "unknown"')
    .option('--retention-outputs-days <days>', 'days the vendor keeps its outputs, or "unknown"')
    .option('--retention-assessed', 'both retention answers are confirmed')
    .option('--no-retention-assessed', 'retention not yet confirmed')
    .option('--retention-note <text>', 'source of the retention answers')
    .option('--ai-due-diligence', 'AI-specific due diligence is done (give --ai-due-diligence-date)')
    .option('--no-ai-due-diligence', 'AI-specific due diligence not done')
    .option('--ai-due-diligence-date <date>', 'when the AI due diligence was completed, YYYY-MM-DD')
    .option('--subservice-method <method>', SUBSERVICE_METHODS.join(' | '))
    .option('--subservice-reason <text>', 'why that method (required unless undecided)')
    .option('--soc2-report <type>', SOC2_REPORT_TYPES.join(' | '))
    .option('--soc2-period-end <date>', "end of the SOC 2 report's period, YYYY-MM-DD")
    .option('--bridge-letter', 'a bridge letter is on file (give --bridge-letter-date)')
    .option('--no-bridge-letter', 'no bridge letter')
    .option('--bridge-letter-date <date>', "the bridge letter's date, YYYY-MM-DD")
    .option(
      '--cuec <CONTROL=description>',
      'a complementary user-entity control, mapped to a checklist control (repeatable)',
      repeatable,
    )
    .option('--clear-cuecs', 'remove every CUEC (update)')
    .option('--data-use-restriction', 'the contract restricts the use of our data')
    .option('--no-data-use-restriction', 'no data-use restriction in the contract')
    .option('--output-ownership', 'the contract gives us ownership of outputs')
    .option('--no-output-ownership', 'no output-ownership clause')
    .option('--deletion-at-termination', 'the contract requires deletion at termination')
    .option('--no-deletion-at-termination', 'no deletion clause')
    .option('--audit-rights', 'the contract grants audit rights')
    .option('--no-audit-rights', 'no audit rights')
    .option('--renewal-date <date>', 'last or next contract renewal, YYYY-MM-DD or "none"')
    .option('--last-model-change <date>', 'last model-version change, YYYY-MM-DD or "none"')
    .option('--last-reviewed <date>', 'last review of this vendor record, YYYY-MM-DD or "none"')
    .option('--notes <text>', 'notes');
}

function str(o: Opts, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

function bool(o: Opts, key: string): boolean | undefined {
  const v = o[key];
  return typeof v === 'boolean' ? v : undefined;
}

function models(o: Opts): { name: string; version: string }[] | undefined {
  if (o.clearModels === true) return [];
  const given = o.model;
  if (!Array.isArray(given)) return undefined;
  return given.map((m) => {
    const at = m.lastIndexOf('@');
    return at > 0 ? { name: m.slice(0, at).trim(), version: m.slice(at + 1).trim() } : { name: m.trim(), version: '' };
  });
}

function cuecs(o: Opts): { description: string; controlId: string | null }[] | undefined {
  if (o.clearCuecs === true) return [];
  const given = o.cuec;
  if (!Array.isArray(given)) return undefined;
  return given.map((c) => {
    const m = /^\s*([A-Za-z]{2,4}(?:-[A-Za-z]{2,5})?-\d{2,})\s*=(.*)$/.exec(c);
    return m?.[1] !== undefined && m[2] !== undefined
      ? { controlId: m[1].toUpperCase(), description: m[2].trim() }
      : { controlId: null, description: c.trim() };
  });
}

/** The vendor fields the flags give, as a (partial) vendor input. */
export function vendorPatch(o: Opts): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const date = (flag: string, key: string) => {
    const v = str(o, key);
    return v === undefined ? undefined : dateOrNone(flag, v);
  };
  const days = (flag: string, key: string) => {
    const v = str(o, key);
    return v === undefined ? undefined : daysOrUnknown(flag, v);
  };
  put(patch, 'name', str(o, 'name'));
  const type = str(o, 'type');
  put(patch, 'serviceType', type === undefined ? undefined : oneOf('service type', type, VENDOR_SERVICE_TYPES));
  put(patch, 'purpose', str(o, 'purpose'));
  put(patch, 'models', models(o));
  put(
    patch,
    'dataSent',
    nested({
      personal: bool(o, 'sendsPersonal'),
      customer: bool(o, 'sendsCustomer'),
      confidential: bool(o, 'sendsConfidential'),
    }),
  );
  const use = str(o, 'trainingUse');
  put(patch, 'trainingUse', use === undefined ? undefined : oneOf('training use', use, TRAINING_USES));
  put(patch, 'trainingUseSource', str(o, 'trainingUseSource'));
  put(patch, 'retentionInputsDays', days('--retention-inputs-days', 'retentionInputsDays'));
  put(patch, 'retentionOutputsDays', days('--retention-outputs-days', 'retentionOutputsDays'));
  put(patch, 'retentionAssessed', bool(o, 'retentionAssessed'));
  put(patch, 'retentionNote', str(o, 'retentionNote'));
  put(patch, 'aiDueDiligence', bool(o, 'aiDueDiligence'));
  put(patch, 'aiDueDiligenceDate', date('--ai-due-diligence-date', 'aiDueDiligenceDate'));
  const method = str(o, 'subserviceMethod');
  put(
    patch,
    'subserviceMethod',
    method === undefined ? undefined : oneOf('subservice method', method, SUBSERVICE_METHODS),
  );
  put(patch, 'subserviceReason', str(o, 'subserviceReason'));
  const report = str(o, 'soc2Report');
  put(
    patch,
    'soc2Report',
    nested({
      type: report === undefined ? undefined : oneOf('SOC 2 report type', report, SOC2_REPORT_TYPES),
      periodEnd: date('--soc2-period-end', 'soc2PeriodEnd'),
      bridgeLetter: bool(o, 'bridgeLetter'),
      bridgeLetterDate: date('--bridge-letter-date', 'bridgeLetterDate'),
    }),
  );
  put(patch, 'cuecs', cuecs(o));
  put(
    patch,
    'contract',
    nested({
      dataUseRestriction: bool(o, 'dataUseRestriction'),
      outputOwnership: bool(o, 'outputOwnership'),
      deletionAtTermination: bool(o, 'deletionAtTermination'),
      auditRights: bool(o, 'auditRights'),
    }),
  );
  put(patch, 'renewalDate', date('--renewal-date', 'renewalDate'));
  put(patch, 'lastModelVersionChange', date('--last-model-change', 'lastModelChange'));
  put(patch, 'lastReviewed', date('--last-reviewed', 'lastReviewed'));
  put(patch, 'notes', str(o, 'notes'));
  return patch;
}

function retention(days: number | null): string {
  return days === null ? '?' : `${days}d`;
}

export function registerVendorCommands(program: Command): void {
  const vendor = program.command('vendor').description('the third-party AI vendor inventory');
  vendor
    .command('list')
    .description('list the vendors with their answers and staleness')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .option('--as-of <date>', 'judge staleness as of this date (default: today)')
    .action(async (opts: { assessment?: string; asOf?: string }, command: Command) => {
      const options = globalsOf(command);
      const asOf = opts.asOf === undefined ? undefined : (dateOrNone('--as-of', opts.asOf) ?? undefined);
      const rows = await withWorkspace(options, false, (ctx) =>
        listVendorViews(ctx, resolveAssessmentId(ctx, opts.assessment), asOf),
      );
      if (options.json) return printJson(rows);
      process.stdout.write(
        `${formatTable(
          ['ID', 'Name', 'Type', 'Training use', 'Retention in/out', 'AI due diligence', 'SOC 2', 'Stale'],
          rows.map((v) => [
            v.id,
            v.name,
            v.serviceType,
            v.trainingUse,
            `${retention(v.retentionInputsDays)} / ${retention(v.retentionOutputsDays)}${v.retentionAssessed ? '' : ' (unconfirmed)'}`,
            v.aiDueDiligence ? (v.aiDueDiligenceDate ?? 'yes') : 'no',
            v.soc2Report.type === 'none'
              ? 'none'
              : `${v.soc2Report.type} ${v.soc2Report.periodEnd ?? ''}${v.soc2Report.bridgeLetter ? ' +bridge' : ''}`,
            v.staleness.length === 0 ? 'no' : v.staleness.join(', '),
          ]),
        )}\n`,
      );
    });

  vendorFlags(vendor.command('add').description('add a vendor (--name and --type are required)')).action(
    async (opts: Opts, command: Command) => {
      const options = globalsOf(command);
      const patch = vendorPatch(opts);
      if (patch.name === undefined || patch.serviceType === undefined) {
        throw new AppError(
          'invalid_input',
          `A new vendor needs --name and --type (${VENDOR_SERVICE_TYPES.join(', ')}).`,
        );
      }
      const saved = await withWorkspace(options, false, (ctx) =>
        saveVendor(ctx, resolveAssessmentId(ctx, str(opts, 'assessment')), patch),
      );
      if (options.json) printJson(saved);
      else process.stdout.write(`${saved.id}\n`);
    },
  );

  vendorFlags(
    vendor
      .command('update')
      .description('change the given fields of a vendor')
      .requiredOption('--vendor <id-or-name>', 'the vendor to change'),
  ).action(async (opts: Opts, command: Command) => {
    const options = globalsOf(command);
    const saved = await withWorkspace(options, false, (ctx) =>
      updateVendor(ctx, resolveAssessmentId(ctx, str(opts, 'assessment')), String(opts.vendor), vendorPatch(opts)),
    );
    if (options.json) printJson(saved);
    else
      process.stdout.write(
        `${saved.name}: updated${saved.staleness.length ? ` (stale: ${saved.staleness.join(', ')})` : ''}; AI due diligence ${yesNo(saved.aiDueDiligence)}\n`,
      );
  });

  vendor
    .command('remove')
    .description('remove a vendor from the inventory')
    .option('--assessment <id>', 'assessment id (default: the only one in the workspace)')
    .requiredOption('--vendor <id-or-name>', 'the vendor to remove')
    .action(async (opts: { assessment?: string; vendor: string }, command: Command) => {
      const options = globalsOf(command);
      const removed = await withWorkspace(options, false, (ctx) =>
        deleteVendor(ctx, resolveAssessmentId(ctx, opts.assessment), opts.vendor),
      );
      if (options.json) printJson({ deleted: true, id: removed.id });
      else process.stdout.write(`${removed.name}: removed\n`);
    });
}
