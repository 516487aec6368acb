import { methodStringsEn } from './strings-method.en';
import { recordStringsEn } from './strings-records.en';

/**
 * Every user-facing text of the PDF readiness report, in English, in three files (this one: cover, summary,
 * scope, readiness; strings-records: register, timeline, findings, vendors, ownership, remediation;
 * strings-method: the appendix). A translation is an object of type ReportStrings: the same keys, so a
 * missing key is a compile error. `{name}` is a placeholder filled by the document builder.
 */
export const coreStringsEn = {
  'meta.title': 'SOC 2 readiness report: {organisation}, {system}',
  'meta.subject': 'SOC 2 internal readiness review of {system}, {reportType}',
  'meta.keywords': 'SOC 2, Trust Services Criteria, readiness review, AI, machine learning',

  'header.text': '{organisation} · {system} · SOC 2 readiness report',
  'footer.text': 'Assessment {id} · Generated {generated}',
  'footer.page': 'Page {page} of {pages}',
  'datetime.utc': '{date}, {time} UTC',
  'watermark.text': 'CONFIDENTIAL',
  'toc.title': 'Contents',
  'heading.numbered': '{number}  {title}',
  'heading.appendix': 'Appendix {letter}  {title}',

  'cover.kicker': 'SOC 2 internal readiness review',
  'cover.title': 'Readiness report',
  'cover.titleSummary': 'Readiness report: management summary',
  'cover.organisation': 'Organisation',
  'cover.system': 'System',
  'cover.reportType': 'Report type',
  'cover.window': 'Observation window',
  'cover.reviewDate': 'Day-60 review date',
  'cover.assessors': 'Assessors',
  'cover.generated': 'Generated',
  'cover.catalogVersion': 'Control catalog version',
  'cover.appVersion': 'Fieldwork version',
  'cover.assessmentId': 'Assessment ID',
  'cover.verdict': 'Readiness verdict',
  'cover.windowRange': '{start} to {end}',
  'cover.windowOpenEnded': 'From {start} (end date not set)',
  'cover.windowTypeOne': 'None (a Type I report tests design at a point in time)',
  'cover.notSet': 'Not set',
  'cover.noAssessors': 'None recorded',
  'cover.unencrypted':
    'Exported from an encrypted Fieldwork workspace. This PDF is not encrypted: keep and share it with the same care as the workspace.',
  'cover.notice':
    'Prepared for management and for the conversation with the service auditor. This is an internal readiness review: it is not a SOC 2 report and expresses no audit opinion.',

  'reportTypeShort.I': 'Type I',
  'reportTypeShort.II': 'Type II',
  'reportType.I': 'Type I (design at a point in time)',
  'reportType.II': 'Type II (operating effectiveness over a window)',

  'stat.overallDesign': 'Overall design readiness',
  'stat.overallOperating': 'Overall operating readiness',
  'stat.unaddressed': 'Unaddressed criteria',
  'stat.unassessed': 'Controls not yet assessed',
  'stat.ofTotal': '{count} of {total}',

  'summary.heading': 'Executive summary',
  'summary.verdictRule': 'The verdict follows the documented rule fieldwork-verdict/1 (methodology appendix).',
  'summary.reasonsNotReady': 'Why the assessment is not ready:',
  'summary.reasonsGaps': 'What stands between this assessment and "ready for fieldwork":',
  'summary.reasonsNone': 'Every condition of "ready for fieldwork" is met.',
  'summary.measuredAsOf': 'Operating readiness is measured as of {date}.',
  'summary.trendHeading': 'Trend since the last snapshot',
  'summary.trendSince': 'Since the snapshot "{label}" of {date}:',
  'summary.trendDesign': 'design readiness from {from} to {to} ({delta})',
  'summary.trendOperating': 'operating readiness from {from} to {to} ({delta})',
  'summary.trendOperatingNew': 'operating readiness {to} (not measured at that snapshot)',
  'summary.trendNone':
    'No snapshot has been frozen yet. Freeze one (completing the day-60 review does it for Type II); later reports then show the trend.',
  'summary.points': '{value} pts',
  'summary.topFiveHeading': 'Top five gaps',
  'summary.topFiveIntro':
    'The five highest-ranked gaps, one per kind of problem where possible (ranking in the methodology appendix).',
  'summary.topFiveNone': 'No gap is open: no finding, no unaddressed criterion and no weak control.',
  'summary.reviewHeading': 'Day-60 review',
  'summary.reviewCompleted':
    'Completed on {date} (as of {asOf}): {controls} controls sampled, {tested} of {items} items tested, {exceptions} exceptions.',
  'summary.reviewOpen':
    'In progress since {date} (as of {asOf}): {tested} of {items} sample items tested so far, {exceptions} exceptions.',
  'summary.reviewNone': 'Not held yet (due on {date}).',
  'summary.reviewNoneNoDate': 'Not held yet.',
  'summary.reviewTypeOne': 'Not applicable: a Type I report tests design only.',
  'summary.conclusions': 'Conclusions: {list}.',
  'summary.remediationHeading': 'Remediation headline',
  'summary.remediationCounts':
    '{total} items in the remediation plan: {open} open, {inProgress} in progress, {done} done; {overdue} overdue.',
  'summary.remediationNone': 'No remediation item has been recorded yet.',
  'summary.remediationNext': 'Next actions:',

  'verdict.ready': 'Ready for fieldwork',
  'verdict.ready_with_gaps': 'Ready with gaps',
  'verdict.not_ready': 'Not ready',
  'reason.design_below': 'Overall design readiness is {value}, below {threshold}.',
  'reason.operating_below': 'Overall operating readiness is {value}, below {threshold}.',
  'reason.unaddressed_share_above': '{count} of {total} criteria in scope are unaddressed, more than {threshold}.',
  'reason.unaddressed_present': '{count} criteria in scope are unaddressed.',
  'reason.critical_findings_at_least':
    '{count} critical findings are open; {threshold} or more make the verdict "not ready".',
  'reason.critical_findings_present': '{count} critical findings are open.',
  'reason.overdue_remediation': '{count} remediation items are overdue.',

  'scope.heading': 'Scope and system boundary',
  'scope.intro':
    'This review covers the Trust Services Criteria of the categories below. Security (the Common Criteria) is always in scope. A control is in scope when it maps to at least one criterion in scope.',
  'scope.notInScope': 'Not in scope: {categories}.',
  'scope.allInScope': 'All five categories are in scope.',
  'scope.totals': '{criteria} criteria and {controls} controls are in scope, {key} of them key controls.',
  'scope.boundaryHeading': 'System boundary',
  'scope.boundaryIntro':
    'The components of the AI/ML system and whether each sits inside the boundary of the system description. A component outside the boundary states why.',
  'scope.boundaryNone':
    'No system boundary is recorded yet. Describe the training pipeline, model serving and third-party AI APIs before fieldwork: a description that omits them is a gap buyers notice.',
  'scope.flowHeading': 'Data flow: training path and inference path',
  'scope.flowCaption':
    'Solid boxes are inside the boundary, dashed grey boxes outside it, the dotted client outside the system.',
  'scope.componentInScope': 'In scope',
  'scope.componentOutOfScope': 'Out of scope: {reason}',
  'scope.pathTraining': 'Training',
  'scope.pathInference': 'Inference',
  'scope.pathNeither': 'Supporting',
  'scope.dataPersonal': 'Personal',
  'scope.dataConfidential': 'Confidential',
  'scope.dataCustomer': 'Customer',
  'scope.dataNone': 'None recorded',

  'readiness.heading': 'Readiness by category and criterion',
  'readiness.chartCaption': 'Design readiness by category, in per cent',
  'readiness.chartCaptionOperating': 'Design and operating readiness by category, in per cent',
  'readiness.tableCaption': 'Readiness by category',
  'readiness.statusCaption': 'Controls by status',
  'readiness.operatingPending':
    'Operating effectiveness is measured once evidence is tracked. Until then this report shows design readiness only.',
  'readiness.designOnlyTypeOne': 'A Type I report tests the design of controls; this report shows design readiness.',
  'readiness.countingNote':
    'A control mapped to criteria in several categories is counted in each of them; the overall row counts each control once.',
  'readiness.trendCaption': 'Readiness across snapshots, in per cent',
  'readiness.trendIntro':
    'Each point is a frozen snapshot; the last point is this report. Solid lines show design readiness, dashed lines operating readiness; each category has its own marker.',
  'readiness.trendNow': 'This report',

  'criteria.heading': 'Readiness by criterion',
  'criteria.intro':
    'Each criterion scores the weighted mean of the applicable controls mapped to it (key controls count double); controls marked not applicable are excluded. A criterion with no applicable control scores 0% and is marked Unaddressed. The bars show design (upper) and operating (lower) readiness.',
  'criteria.groupHeader': '{category}: design readiness {design}',
  'criteria.groupHeaderOperating': '{category}: design readiness {design}, operating readiness {operating}',

  'col.category': 'Category',
  'col.design': 'Design readiness',
  'col.operating': 'Operating readiness',
  'col.designShort': 'Design',
  'col.operatingShort': 'Operating',
  'col.criteria': 'Criteria',
  'col.unaddressed': 'Unaddressed',
  'col.controls': 'Controls',
  'col.total': 'Total',
  'col.id': 'ID',
  'col.criterion': 'Criterion',
  'col.applicableControls': 'Controls',
  'col.note': 'Note',
  'col.chart': 'Design / operating',
  'col.control': 'Control',
  'col.title': 'Title',
  'col.status': 'Status',
  'col.key': 'Key',
  'col.owner': 'Owner',
  'col.component': 'Component',
  'col.kind': 'Kind',
  'col.scope': 'Boundary',
  'col.paths': 'Paths',
  'col.data': 'Data',
  'col.rank': 'Rank',
  'col.severity': 'Severity',
  'col.gap': 'Gap',
  'col.score': 'Score',
  'col.mappedCriteria': 'Criteria: {criteria}',

  'marker.unaddressed': 'Unaddressed',
  'key.yes': 'Key',
  'key.no': 'No',
  'owner.unassigned': 'Unassigned',
  'owner.nameAndFunction': '{name} ({function})',
  'owner.functionOnly': 'Unassigned ({function})',
  'common.none': 'None',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.dash': '—',
  'common.listSeparator': ', ',

  'status.not_assessed': 'Not assessed',
  'status.not_implemented': 'Not implemented',
  'status.partial': 'Partial',
  'status.implemented': 'Implemented',
  'status.not_applicable': 'Not applicable',

  'category.security': 'Security',
  'category.availability': 'Availability',
  'category.processing-integrity': 'Processing Integrity',
  'category.confidentiality': 'Confidentiality',
  'category.privacy': 'Privacy',
  'category.overall': 'Overall',

  'ownerFunction.engineering': 'Engineering',
  'ownerFunction.data_science': 'Data science',
  'ownerFunction.security': 'Security',
  'ownerFunction.compliance': 'Compliance',
  'ownerFunction.legal': 'Legal',
  'ownerFunction.product': 'Product',
  'ownerFunction.other': 'Other',
} as const;

export const reportStringsEn = { ...coreStringsEn, ...recordStringsEn, ...methodStringsEn } as const;

export type ReportStringKey = keyof typeof reportStringsEn;
export type ReportStrings = Readonly<Record<ReportStringKey, string>>;
/** The shape of one part of a translation: the keys of the English part, any texts. */
export type StringsLike<T> = { readonly [K in keyof T]: string };
