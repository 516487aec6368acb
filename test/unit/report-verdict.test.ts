import { describe, expect, it } from 'vitest';
import { reportOptionsSchema } from '../../shared/ipc/contract';
import { parseSectionList, REPORT_SECTIONS, resolveReportOptions } from '../../shared/report/options';
import { readinessVerdict, type VerdictInput } from '../../shared/report/verdict';

const open = (severity: 'critical' | 'high') => ({ severity, muted: null });
const muted = { severity: 'critical' as const, muted: { justification: 'accepted', mutedAt: '2026-11-01T00:00:00Z' } };

function input(overall: Partial<VerdictInput['overall']>, extra: Partial<VerdictInput> = {}): VerdictInput {
  return {
    overall: { design: 0.9, operating: 0.8, criteria: 33, unaddressedCriteria: 0, ...overall },
    findings: [],
    remediation: [],
    ...extra,
  };
}

describe('readiness verdict (fieldwork-verdict/1)', () => {
  it('is ready when every condition holds, compared unrounded at the thresholds', () => {
    expect(readinessVerdict(input({ design: 0.85, operating: 0.75 }))).toEqual({
      method: 'fieldwork-verdict/1',
      verdict: 'ready',
      reasons: [],
    });
    // A muted critical finding and a high one do not hold the verdict back.
    expect(readinessVerdict(input({}, { findings: [muted, open('high')] })).verdict).toBe('ready');
  });

  it('is ready with gaps just below a "ready" threshold, listing each condition that failed', () => {
    const result = readinessVerdict(
      input(
        { design: 0.8499, operating: 0.7, unaddressedCriteria: 2 },
        { findings: [open('critical'), open('critical')], remediation: [{ overdue: true }, { overdue: false }] },
      ),
    );
    expect(result.verdict).toBe('ready_with_gaps');
    expect(result.reasons).toEqual([
      { code: 'design_below', value: 0.8499, threshold: 0.85 },
      { code: 'operating_below', value: 0.7, threshold: 0.75 },
      { code: 'unaddressed_present', count: 2 },
      { code: 'critical_findings_present', count: 2 },
      { code: 'overdue_remediation', count: 1 },
    ]);
  });

  it('is not ready from any one blocking condition, and gives only those as reasons', () => {
    expect(readinessVerdict(input({ design: 0.5999 })).reasons).toEqual([
      { code: 'design_below', value: 0.5999, threshold: 0.6 },
    ]);
    expect(readinessVerdict(input({ operating: 0.4999 })).verdict).toBe('not_ready');
    // 4 of 33 unaddressed is 12.1% > 10%; 3 of 33 (9.1%) is not.
    expect(readinessVerdict(input({ unaddressedCriteria: 4 })).reasons).toEqual([
      { code: 'unaddressed_share_above', count: 4, total: 33, threshold: 0.1 },
    ]);
    expect(readinessVerdict(input({ unaddressedCriteria: 3 })).verdict).toBe('ready_with_gaps');
    const critical = readinessVerdict(input({}, { findings: [open('critical'), open('critical'), open('critical')] }));
    expect(critical.reasons).toEqual([{ code: 'critical_findings_at_least', count: 3, threshold: 3 }]);
  });

  it('ignores the operating threshold for a Type I assessment (operating not measured)', () => {
    expect(readinessVerdict(input({ design: 0.9, operating: null })).verdict).toBe('ready');
  });
});

describe('report options', () => {
  it('prints the chosen sections in report order, without duplicates', () => {
    expect(resolveReportOptions({ sections: ['methodology', 'cover', 'register', 'cover'] }).sections).toEqual([
      'cover',
      'register',
      'methodology',
    ]);
    expect(resolveReportOptions({}).sections).toEqual([...REPORT_SECTIONS]);
  });

  it('management summary only keeps the cover and the executive summary', () => {
    expect(resolveReportOptions({ summaryOnly: true }).sections).toEqual(['cover', 'summary']);
    expect(resolveReportOptions({ summaryOnly: true, sections: ['summary', 'findings'] }).sections).toEqual([
      'summary',
    ]);
    expect(resolveReportOptions({ summaryOnly: true, sections: ['findings'] }).sections).toEqual(['cover', 'summary']);
  });

  it('parses the command-line list and refuses unknown names with the valid ones', () => {
    expect(parseSectionList(' Cover, summary ,,findings')).toEqual(['cover', 'summary', 'findings']);
    expect(() => parseSectionList('cover,apendix')).toThrow(/Unknown report section "apendix"; use cover, summary/);
    expect(() => parseSectionList(' , ')).toThrow(/at least one/);
  });

  it('validates the IPC input: known sections, flags default off', () => {
    expect(reportOptionsSchema.parse({ lang: 'fr' })).toEqual({ lang: 'fr', watermark: false, summaryOnly: false });
    expect(reportOptionsSchema.safeParse({ lang: 'fr', sections: ['cover', 'gaps'] }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ lang: 'de' }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ sections: [] }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ watermark: 'yes' }).success).toBe(false);
  });
});
