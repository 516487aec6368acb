/**
 * Every English text of the AI-readiness features (boundary, vendors, ownership, rules, ranking, remediation)
 * in one place, so a French file of the same shape (`AiReadinessStrings`) can be added beside it.
 * `{name}` marks a parameter filled in by `fillText`. Written for this project; no third-party wording.
 */
export const AI_READINESS_STRINGS_EN = {
  rules: {
    'FW-AI-01': {
      title: 'The system boundary leaves out the training pipeline',
      explanation:
        'No in-scope training pipeline is recorded in the system boundary. A system description that starts at model serving gives the auditor nothing to test about how models are built, and buyers who read the report notice the omission. Add the training pipeline (from the data sources to the model registry) to the boundary; if the product really trains no model, record that decision and mute this finding with the reason.',
    },
    'FW-AI-02': {
      title: 'The system boundary leaves out model serving',
      explanation:
        'No in-scope serving endpoint is recorded in the system boundary. The inference API is where customer data meets the model; outside the boundary, its access, logging and availability controls cannot be tested. Add the serving endpoints to the boundary.',
    },
    'FW-AI-03': {
      title: 'A hosted model API is used but is not in the boundary',
      explanation:
        'The vendor inventory lists hosted model APIs ({vendors}), but the system boundary has no in-scope third-party AI API. Third-party AI services used in production belong in the system description as subservice organisations. Add a third-party AI API component for them.',
    },
    'FW-AI-04': {
      title: 'A component in the boundary has no control in the checklist',
      explanation:
        '{component} ({kind}) is inside the system boundary, yet no applicable checklist control is linked to it or belongs to its pipeline stage ({stages}). This is the generic-template failure: an auditor cannot test controls that never mention this part of the ML pipeline. Link existing controls to the component or add controls for this stage.',
    },
    'FW-AI-05': {
      title: 'AI vendor without separate training-use and retention answers',
      explanation:
        'For {vendor}, the inventory does not yet answer: {missing}. An AI vendor is assessed on separate questions: may it train its models on your data, how long does it keep the inputs you send, and how long does it keep the outputs it returns. Record each answer with its source (contract clause, data processing terms, vendor documentation).',
    },
    'FW-AI-06': {
      title: 'AI vendor assessed like a generic SaaS vendor',
      explanation:
        '{vendor} ({serviceType}) has no AI-specific due diligence recorded. A generic security questionnaire does not cover training on your data, output retention, model version changes or the providers behind the model. Complete an AI due diligence review and record its date.',
    },
    'FW-AI-07': {
      title: 'Vendor record is out of date',
      explanation:
        '{vendor}: {reasons}. Review the vendor again at each contract renewal and each model-version change; a SOC 2 report whose period ended more than twelve months ago needs a bridge letter or a newer report.',
    },
    'FW-AI-08': {
      title: 'An AI pipeline stage has no named owner',
      explanation:
        'No control in the {stage} stage has a named owner (AI controls: {controls}). Name an owner for each AI pipeline stage before the observation window opens; stages nobody owns are where evidence goes missing.',
    },
    'FW-AI-09': {
      title: 'AI controls without a named owner',
      explanation:
        'In the {stage} stage, {count} AI control(s) have no named owner: {controls}. Each control needs a person who runs it and answers for its evidence at fieldwork.',
    },
    'FW-AI-10': {
      title: 'AI stage owned only by engineering and data science',
      explanation:
        'Every named owner of the AI controls in the {stage} stage works in engineering or data science, and nobody from compliance or legal owns a control in that stage ({controls}). AI controls left entirely to engineers tend to miss the policy, contract and privacy questions auditors ask. Give compliance or legal ownership of at least one control in this stage.',
    },
    'FW-AI-11': {
      title: 'Type II evidence is only point-in-time',
      explanation:
        'All evidence attached to {control} so far is point-in-time (screenshots or single-day items). A Type II report needs the control shown operating across the observation window: collect continuous exports (log extracts, system reports, ticket histories) that cover each period.',
    },
    'FW-AI-12': {
      title: 'Evidence coverage gap longer than one period',
      explanation:
        '{control} ({frequency}) has no evidence for {periods} {unit} in a row, from {from} to {to}. An auditor sampling that stretch would find nothing to test. Collect the missing evidence, or record why the control did not operate.',
    },
    'FW-AI-13': {
      title: 'No drift or anomaly monitoring while Processing Integrity is in scope',
      explanation:
        'Processing Integrity is in scope, but no drift-monitoring control is implemented ({controls}). Undetected model degradation is a processing integrity risk: outputs drift away from their validated accuracy without anyone noticing. Monitor production models against baselines with thresholds and alerts.',
    },
    'FW-AI-14': {
      title: 'Model registry changes are outside change management',
      explanation:
        'The controls that put model promotion and model changes under change management are not fully in place ({controls}). Models would reach production without the approval, testing and rollback evidence an auditor expects of any code deploy. Bring registry promotions under the same change control as code.',
    },
    'FW-AI-15': {
      title: 'A required AI policy is missing',
      explanation:
        'No control for the {policy} is implemented ({controls}). Auditors of AI systems expect this policy to exist, be approved and be communicated to the people it binds.',
    },
    'FW-AI-16': {
      title: 'An AI policy has not been reviewed in the last twelve months',
      explanation:
        'The {policy} is marked implemented, but no policy document covering a date on or after {since} is attached to its controls ({controls}). Attach the current approved version, or review and re-approve the policy.',
    },
    'FW-AI-17': {
      title: 'The day-60 readiness review has not been held',
      explanation:
        'The internal readiness review was due on {reviewDate} ({days} day(s) ago) and no completed review is recorded. Holding it at the 60-day mark, with the criteria an auditor will apply, leaves time to fix gaps before fieldwork.',
    },
    'FW-AI-18': {
      title: 'A criterion in scope has no applicable control',
      explanation:
        '{criterion} is in scope but no applicable control maps to it, so it scores zero. Map or add a control, or narrow the scope if the category does not apply.',
    },
    'FW-AI-19': {
      title: 'Third-party AI subservice not fully described',
      explanation:
        'For {vendor}: {missing}. A subservice organisation needs the carve-out or inclusive method decided and its own SOC 2 report on file, for the system description and for the complementary controls it expects from you.',
    },
  },
  /** Answers FW-AI-05 and FW-AI-19 find missing. */
  answers: {
    trainingUse: 'whether it may train on your data',
    inputRetention: 'how long it keeps the inputs you send',
    outputRetention: 'how long it keeps the outputs it returns',
    subserviceMethod: 'the carve-out or inclusive method is undecided',
    soc2Report: 'no SOC 2 report is on file',
  },
  staleness: {
    never_reviewed: 'never reviewed',
    renewed_since_review: 'the contract renewed after the last review',
    model_changed_since_review: 'the model version changed after the last review',
    soc2_report_outdated: 'its SOC 2 report period ended more than 12 months ago and no bridge letter covers it',
  },
  policies: {
    'policy-ai-ethics-bias': 'AI ethics and bias prevention policy',
    'policy-model-development': 'model development and deployment policy',
    'policy-ml-data-governance': 'ML training data governance policy',
    'policy-transparency-explainability': 'algorithm transparency and explainability standard',
    'policy-ai-risk-management': 'AI risk management framework',
  },
  stages: {
    data_collection: 'data collection',
    data_preparation: 'data preparation',
    training: 'training',
    evaluation: 'evaluation',
    model_registry: 'model registry',
    deployment: 'deployment',
    inference_serving: 'inference serving',
    monitoring: 'monitoring',
    third_party_ai: 'third-party AI',
    organisation_wide: 'organisation-wide',
  },
  componentKinds: {
    data_source: 'data source',
    labelling: 'labelling',
    feature_store: 'feature store',
    training_pipeline: 'training pipeline',
    evaluation: 'evaluation',
    model_registry: 'model registry',
    serving_endpoint: 'serving endpoint',
    monitoring: 'monitoring',
    third_party_ai_api: 'third-party AI API',
    infrastructure: 'infrastructure',
    other: 'other',
  },
  serviceTypes: {
    hosted_model_api: 'hosted model API',
    cloud_ml_platform: 'cloud ML platform',
    labelling_service: 'labelling service',
    vector_database: 'vector database',
    other_ai: 'other AI service',
    other: 'other service',
  },
  frequencies: {
    continuous: 'continuous',
    daily: 'daily',
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    annually: 'annually',
    per_event: 'per event',
  },
  units: { periods: 'periods', days: 'days' },
  common: { none: 'none in the checklist', listSeparator: ', ' },
  gaps: {
    criterion: 'Criterion {criterion} has no applicable control',
    keyNotImplemented: 'Key control {control} is not implemented',
    keyPartial: 'Key control {control} is only partly implemented',
    notImplemented: 'Control {control} is not implemented',
  },
  remediation: {
    due_after_window_end:
      'Due on {dueDate}, after the observation window ends on {windowEnd}: the auditor will test the control as it stood during the window.',
    no_due_date: 'No due date is set.',
    no_owner: 'No owner is named.',
    overdue: 'Overdue since {dueDate}.',
  },
  starter: {
    data_source: 'Training data sources',
    labelling: 'Data labelling',
    feature_store: 'Feature store',
    training_pipeline: 'Model training pipeline',
    evaluation: 'Model evaluation',
    model_registry: 'Model registry',
    serving_endpoint: 'Inference API',
    monitoring: 'Model monitoring',
    third_party_ai_api: 'Third-party model APIs',
    infrastructure: 'Cloud infrastructure',
  },
  dataFlow: {
    trainingLane: 'Training path',
    inferenceLane: 'Inference path',
    supportingLane: 'Supporting components',
    client: 'Client',
    outOfScope: 'out of scope',
    external: 'outside the system',
    emptyLane: 'No component on this path yet',
    legendInScope: 'In scope',
    legendOutOfScope: 'Out of scope',
  },
} as const;

/** The shape every language file must have: the same keys, any texts. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type AiReadinessStrings = Widen<typeof AI_READINESS_STRINGS_EN>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a missing parameter shows. */
export function fillText(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
