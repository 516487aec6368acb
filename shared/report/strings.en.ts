/**
 * Every user-facing text of the PDF readiness report, in English. A translation (strings.fr.ts) is an
 * object of type ReportStrings: the same keys, so a missing key is a compile error. `{name}` is a
 * placeholder filled by the document builder.
 */
export const reportStringsEn = {
  'meta.title': 'SOC 2 readiness report: {organisation}, {system}',
  'meta.subject': 'SOC 2 internal readiness review of {system}, {reportType}',
  'meta.keywords': 'SOC 2, Trust Services Criteria, readiness review, AI, machine learning',

  'header.text': '{organisation} · {system} · SOC 2 readiness report',
  'footer.text': 'Assessment {id} · Generated {generated}',
  'footer.page': 'Page {page} of {pages}',
  'datetime.utc': '{date}, {time} UTC',

  'cover.kicker': 'SOC 2 internal readiness review',
  'cover.title': 'Readiness report',
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
  'cover.windowRange': '{start} to {end}',
  'cover.windowOpenEnded': 'From {start} (end date not set)',
  'cover.windowTypeOne': 'None (a Type I report tests design at a point in time)',
  'cover.notSet': 'Not set',
  'cover.noAssessors': 'None recorded',
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

  'scope.heading': '1  Scope',
  'scope.intro':
    'This review covers the Trust Services Criteria of the categories below. Security (the Common Criteria) is always in scope. A control is in scope when it maps to at least one criterion in scope.',
  'scope.notInScope': 'Not in scope: {categories}.',
  'scope.allInScope': 'All five categories are in scope.',
  'scope.totals': '{criteria} criteria and {controls} controls are in scope, {key} of them key controls.',

  'readiness.heading': '2  Readiness overview',
  'readiness.chartCaption': 'Design readiness by category, in per cent',
  'readiness.chartCaptionOperating': 'Design and operating readiness by category, in per cent',
  'readiness.tableCaption': 'Readiness by category',
  'readiness.statusCaption': 'Controls by status',
  'readiness.operatingPending':
    'Operating effectiveness is measured once evidence is tracked. Until then this report shows design readiness only.',
  'readiness.designOnlyTypeOne': 'A Type I report tests the design of controls; this report shows design readiness.',
  'readiness.countingNote':
    'A control mapped to criteria in several categories is counted in each of them; the overall row counts each control once.',

  'criteria.heading': '3  Readiness by criterion',
  'criteria.intro':
    'Each criterion scores the weighted mean of the applicable controls mapped to it (key controls count double); controls marked not applicable are excluded. A criterion with no applicable control scores 0% and is marked Unaddressed.',
  'criteria.groupHeader': '{category}: design readiness {design}',
  'criteria.groupHeaderOperating': '{category}: design readiness {design}, operating readiness {operating}',

  'gaps.heading': '4  Gaps',
  'gaps.unaddressedHeading': '4.1  Unaddressed criteria',
  'gaps.unaddressedIntro':
    'No applicable control maps to these criteria, so each scores 0%. Map an existing control to them or add a control.',
  'gaps.unaddressedNone': 'Every criterion in scope has at least one applicable control.',
  'gaps.controlsHeading': '4.2  Controls not implemented or partially implemented',
  'gaps.controlsIntro':
    'Key controls are listed first, then controls not implemented before partially implemented ones. Each gap names the owner who will fix it.',
  'gaps.controlsNone': 'No control is recorded as not implemented or partially implemented.',
  'gaps.unassessedNote':
    '{count} of {total} controls in scope are not yet assessed. They score 0 until assessed and are not listed above.',

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
  'col.applicableControls': 'Applicable controls',
  'col.note': 'Note',
  'col.control': 'Control',
  'col.title': 'Title',
  'col.status': 'Status',
  'col.key': 'Key',
  'col.owner': 'Owner',
  'col.mappedCriteria': 'Criteria: {criteria}',

  'marker.unaddressed': 'Unaddressed',
  'key.yes': 'Key',
  'key.no': 'No',
  'owner.unassigned': 'Unassigned',
  'owner.nameAndFunction': '{name} ({function})',
  'owner.functionOnly': 'Unassigned ({function})',

  'method.heading': 'Appendix A  Scoring method',
  'method.intro':
    'Every figure in this report is computed by the method below (Fieldwork scoring method {method}). The method is deterministic: the same checklist always gives the same figures.',
  'method.valuesHeading': 'Design value of a control',
  'method.value.implemented': 'Implemented: 1',
  'method.value.partial': 'Partially implemented: 0.5',
  'method.value.notImplemented': 'Not implemented: 0',
  'method.value.notAssessed': 'Not assessed: 0 (an unassessed control counts as a gap until someone assesses it)',
  'method.value.notApplicable':
    'Not applicable: excluded from every average (allowed only with a written justification)',
  'method.weightsHeading': 'Weights',
  'method.weights': 'Key controls weigh 2; every other control weighs 1.',
  'method.aggregationHeading': 'From controls to the overall figure',
  'method.criterion':
    'Criterion: the weighted mean of the design values of the applicable controls mapped to it. When no applicable control maps to it, it scores 0 and is marked Unaddressed.',
  'method.category': 'Category: the plain (unweighted) mean of its criteria.',
  'method.overall':
    'Overall: the plain mean of all criteria in scope, not the mean of the categories, so a category with more criteria carries more weight.',
  'method.example':
    'Example: a criterion mapped to one key control that is implemented and one other control that is partially implemented scores (2 × 1 + 1 × 0.5) ÷ (2 + 1) = {result}.',
  'method.operating':
    'Operating readiness (Type II): each control’s design value is multiplied by its evidence coverage of the elapsed observation window and by the pass rate of its tested samples, then averaged in the same way.',
  'method.rounding':
    'All figures are computed unrounded; they are rounded to one decimal place only for display, with halves rounded away from zero.',

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

export type ReportStringKey = keyof typeof reportStringsEn;
export type ReportStrings = Readonly<Record<ReportStringKey, string>>;
