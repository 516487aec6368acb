/** Exports from an encrypted workspace: the warning on the Reports page and the confirmation before each file. */
const exportWarning = {
  label: 'Not encrypted:',
  pageNotice:
    'this workspace is encrypted, but the files exported here are not: the PDF report, the spreadsheets, the OSCAL files, the evidence package and an assessment file exported without a passphrase. Fieldwork asks before writing each one. Keep them as carefully as the workspace itself.',
  title: 'Export without encryption?',
  body: 'This workspace is encrypted, but this export will not be: anyone who can open the folder you choose can read it.',
  bodyMarked: 'The file itself says that it comes from an encrypted workspace.',
  bodyUnmarked: 'This format cannot say so itself: label and store the file accordingly.',
  confirm: 'Export unencrypted',
  cancel: 'Cancel',
  what: {
    pdf: 'PDF readiness report',
    controlsCsv: 'Control matrix (CSV)',
    controlsXlsx: 'Control matrix (Excel)',
    remediationCsv: 'Remediation plan (CSV)',
    remediationXlsx: 'Remediation plan (Excel)',
    oscalResults: 'OSCAL assessment results (JSON)',
    oscalPoam: 'OSCAL plan of action and milestones (JSON)',
    package: 'Evidence package (zip), every evidence file in clear',
  },
  portable:
    'although this workspace is encrypted, every record and evidence file in this assessment file can be read by anyone who has it. Encrypt it unless it goes somewhere as safe as this workspace.',
  portableConfirm: 'Export unencrypted',
} as const;

export default exportWarning;
