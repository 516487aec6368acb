/** The UI language choice in Settings and the top bar (keys under `language.`). Each language is named in itself. */
export default {
  title: 'Language',
  label: 'Language of the interface',
  topbarLabel: 'Interface language',
  hint: 'Menus, messages, catalog texts, dates and numbers switch at once, and the choice is kept for the next start. The PDF report has its own language option on the Reports page.',
  options: { en: 'English', fr: 'Français' },
  short: { en: 'EN', fr: 'FR' },
};
