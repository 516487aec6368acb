import type en from '../en/language';
import type { DeepStringRecord } from '../types';

/** Le choix de la langue de l’interface dans les Paramètres et la barre du haut. Chaque langue est nommée dans sa langue. */
const language: DeepStringRecord<typeof en> = {
  title: 'Langue',
  label: 'Langue de l’interface',
  topbarLabel: 'Langue de l’interface',
  hint: 'Les menus, les messages, les textes du catalogue, les dates et les nombres changent aussitôt, et le choix est conservé pour le prochain démarrage. Le rapport PDF a sa propre option de langue sur la page Rapports.',
  options: { en: 'English', fr: 'Français' },
  short: { en: 'EN', fr: 'FR' },
};

export default language;
