/** The ownership matrix: pipeline stage × owner function, as a heat map, and its flags. */
export default {
  title: 'Ownership matrix',
  help: 'How many in-scope, applicable controls each owner function holds in each pipeline stage (controls marked not applicable are not counted). The darker the cell, the more controls; choose a number to see those controls in the checklist.',
  caption: 'Controls per pipeline stage and owner function',
  stage: 'Pipeline stage',
  owners: 'Named owners',
  unowned: 'No owner',
  noFunction: 'Named, no function',
  none: 'none',
  stageCounts_one: '{{count}} control · {{ai}} AI',
  stageCounts_other: '{{count}} controls · {{ai}} AI',
  cellLabel: '{{count}} controls in {{stage}}: {{column}} — show them in the checklist',
  noNamedOwner: 'Nobody named',
  legend: 'Controls per cell:',
  legendUnowned: 'Without an owner:',
  empty: 'No control in scope yet, so there is no ownership to show.',
  flagsTitle_one: 'Ownership flag ({{count}})',
  flagsTitle_other: 'Ownership flags ({{count}})',
  noFlags: 'Every stage has a named owner, every control too, and AI stages involve compliance or legal.',
  flag: {
    stage_without_owner: 'Stage without owner',
    engineering_only_stage: 'Engineering only',
    control_without_owner: 'Controls without owner',
  },
  flagText: {
    stage_without_owner_one: '{{stage}}: none of its {{count}} control has a named owner.',
    stage_without_owner_other: '{{stage}}: none of its {{count}} controls has a named owner.',
    engineering_only_stage_one:
      '{{stage}}: its AI control is owned only by engineering or data science, and nobody from compliance or legal owns a control in the stage.',
    engineering_only_stage_other:
      '{{stage}}: its {{count}} AI controls are owned only by engineering or data science, and nobody from compliance or legal owns a control in the stage.',
    control_without_owner_one: '{{stage}}: {{count}} control has no named owner.',
    control_without_owner_other: '{{stage}}: {{count}} controls have no named owner.',
  },
};
