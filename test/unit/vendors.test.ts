import { describe, expect, it } from 'vitest';
import { addMonths, vendorStaleness } from '../../shared/vendors/staleness';
import { vendorInputSchema, type Soc2ReportInfo } from '../../shared/vendors/types';
import { omit } from '../../shared/omit';
import { vendor } from '../support/ai-fixtures';

const NO_REPORT: Soc2ReportInfo = { type: 'none', periodEnd: null, bridgeLetter: false, bridgeLetterDate: null };
const base = { lastReviewed: '2026-03-01', renewalDate: null, lastModelVersionChange: null, soc2Report: NO_REPORT };

describe('vendorStaleness', () => {
  it('flags a vendor never reviewed', () => {
    expect(vendorStaleness({ ...base, lastReviewed: null }, '2026-11-22')).toEqual(['never_reviewed']);
  });

  it('flags a renewal after the last review once it has happened, not before', () => {
    const v = { ...base, renewalDate: '2026-06-01' };
    expect(vendorStaleness(v, '2026-05-31')).toEqual([]);
    expect(vendorStaleness(v, '2026-06-01')).toEqual(['renewed_since_review']);
    expect(vendorStaleness({ ...v, lastReviewed: '2026-06-01' }, '2026-11-22')).toEqual([]);
    expect(vendorStaleness({ ...v, lastReviewed: '2026-06-02' }, '2026-11-22')).toEqual([]);
  });

  it('flags a model-version change after the last review', () => {
    const v = { ...base, lastModelVersionChange: '2026-09-10' };
    expect(vendorStaleness(v, '2026-09-09')).toEqual([]);
    expect(vendorStaleness(v, '2026-11-22')).toEqual(['model_changed_since_review']);
    expect(vendorStaleness({ ...v, lastReviewed: '2026-09-10' }, '2026-11-22')).toEqual([]);
  });

  it('flags a SOC 2 report whose period ended 13 months ago without a bridge letter, not with one', () => {
    const report: Soc2ReportInfo = {
      type: 'type2',
      periodEnd: '2025-10-22',
      bridgeLetter: false,
      bridgeLetterDate: null,
    };
    expect(vendorStaleness({ ...base, soc2Report: report }, '2026-11-22')).toEqual(['soc2_report_outdated']);
    const bridged = { ...report, bridgeLetter: true, bridgeLetterDate: '2026-01-15' };
    expect(vendorStaleness({ ...base, soc2Report: bridged }, '2026-11-22')).toEqual([]);
  });

  it('keeps a report current at exactly 12 months, and stale the day after', () => {
    const report: Soc2ReportInfo = {
      type: 'type1',
      periodEnd: '2025-11-22',
      bridgeLetter: false,
      bridgeLetterDate: null,
    };
    expect(vendorStaleness({ ...base, soc2Report: report }, '2026-11-22')).toEqual([]);
    expect(vendorStaleness({ ...base, soc2Report: report }, '2026-11-23')).toEqual(['soc2_report_outdated']);
  });

  it('counts calendar months with the day clamped to the month end', () => {
    expect(addMonths('2025-02-28', 12)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    // A report ending Feb 29 is current through Feb 28 of the next year.
    const leap: Soc2ReportInfo = {
      type: 'type2',
      periodEnd: '2024-02-29',
      bridgeLetter: false,
      bridgeLetterDate: null,
    };
    expect(vendorStaleness({ ...base, soc2Report: leap }, '2025-02-28')).toEqual([]);
    expect(vendorStaleness({ ...base, soc2Report: leap }, '2025-03-01')).toEqual(['soc2_report_outdated']);
  });

  it('lists every reason that applies, in a fixed order', () => {
    const v = {
      lastReviewed: '2025-01-01',
      renewalDate: '2025-06-01',
      lastModelVersionChange: '2025-07-01',
      soc2Report: { type: 'type2' as const, periodEnd: '2024-06-30', bridgeLetter: false, bridgeLetterDate: null },
    };
    expect(vendorStaleness(v, '2026-11-22')).toEqual([
      'renewed_since_review',
      'model_changed_since_review',
      'soc2_report_outdated',
    ]);
  });
});

describe('vendorInputSchema', () => {
  function messages(input: unknown): string[] {
    const parsed = vendorInputSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  it('accepts a complete vendor and fills defaults for a minimal one', () => {
    const full = omit(vendor('v1'), ['id', 'assessmentId', 'createdAt', 'updatedAt']);
    expect(messages(full)).toEqual([]);
    const minimal = vendorInputSchema.parse({ name: '  Acme Models ', serviceType: 'hosted_model_api' });
    expect(minimal).toMatchObject({
      name: 'Acme Models',
      trainingUse: 'unknown',
      retentionInputsDays: null,
      retentionAssessed: false,
      subserviceMethod: 'undecided',
      soc2Report: { type: 'none' },
    });
  });

  it('explains each cross-field rule', () => {
    expect(messages({ name: 'A', serviceType: 'hosted_model_api', trainingUse: 'opted_out' })).toEqual([
      "trainingUseSource: say where the training-use answer comes from (a contract clause, the data processing terms or the vendor's documentation)",
    ]);
    expect(
      messages({ name: 'A', serviceType: 'hosted_model_api', retentionAssessed: true, retentionInputsDays: 0 })[0],
    ).toMatch(/both answers, days kept for inputs and days kept for outputs/);
    expect(messages({ name: 'A', serviceType: 'other', aiDueDiligence: true })).toEqual([
      'aiDueDiligenceDate: give the date the AI due diligence was completed',
    ]);
    expect(messages({ name: 'A', serviceType: 'other', subserviceMethod: 'carve_out' })).toEqual([
      'subserviceReason: explain why the carve-out method was chosen',
    ]);
    expect(messages({ name: 'A', serviceType: 'other', soc2Report: { type: 'type2' } })[0]).toMatch(
      /^soc2Report.periodEnd: give the end date/,
    );
    expect(
      messages({
        name: 'A',
        serviceType: 'other',
        soc2Report: { type: 'type2', periodEnd: '2026-06-30', bridgeLetter: true, bridgeLetterDate: '2026-05-01' },
      }),
    ).toEqual([
      'soc2Report.bridgeLetterDate: the bridge letter must be dated on or after the report period end (2026-06-30)',
    ]);
  });

  it('rejects bad values with readable messages', () => {
    expect(messages({ name: ' ', serviceType: 'llm' })).toEqual([
      'name: is required',
      'serviceType: must be one of hosted_model_api, cloud_ml_platform, labelling_service, vector_database, other_ai, other',
    ]);
    expect(messages({ name: 'A', serviceType: 'other', retentionInputsDays: 1.5, renewalDate: '2026-02-30' })).toEqual([
      'retentionInputsDays: must be a whole number of days',
      'renewalDate: must be a real date written YYYY-MM-DD (for example 2026-09-01)',
    ]);
  });
});
