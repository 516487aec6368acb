import type en from '../en/export-warning';
import type { DeepStringRecord } from '../types';

/** Exports depuis un espace de travail chiffré : l’avertissement de la page Rapports et la confirmation avant chaque fichier. */
const exportWarning: DeepStringRecord<typeof en> = {
  label: 'Non chiffré :',
  pageNotice:
    'cet espace de travail est chiffré, mais les fichiers exportés ici ne le sont pas : le rapport PDF, les tableurs, les fichiers OSCAL, le dossier de preuves et un fichier d’évaluation exporté sans phrase secrète. Fieldwork demande confirmation avant d’écrire chacun d’eux. Conservez-les avec autant de soin que l’espace de travail.',
  title: 'Exporter sans chiffrement ?',
  body: 'Cet espace de travail est chiffré, mais cet export ne le sera pas : toute personne ayant accès au dossier choisi pourra le lire.',
  bodyMarked: 'Le fichier lui-même indique qu’il provient d’un espace de travail chiffré.',
  bodyUnmarked: 'Ce format ne peut pas l’indiquer lui-même : nommez et rangez le fichier en conséquence.',
  confirm: 'Exporter sans chiffrement',
  cancel: 'Annuler',
  what: {
    pdf: 'Rapport de préparation PDF',
    controlsCsv: 'Matrice des contrôles (CSV)',
    controlsXlsx: 'Matrice des contrôles (Excel)',
    remediationCsv: 'Plan de remédiation (CSV)',
    remediationXlsx: 'Plan de remédiation (Excel)',
    oscalResults: 'Résultats d’évaluation OSCAL (JSON)',
    oscalPoam: 'Plan d’action et jalons OSCAL (JSON)',
    package: 'Dossier de preuves (zip), toutes les preuves en clair',
  },
  portable:
    'bien que cet espace de travail soit chiffré, tous les enregistrements et toutes les preuves de ce fichier d’évaluation seront lisibles par quiconque le détient. Chiffrez-le, sauf s’il va dans un endroit aussi sûr que cet espace de travail.',
  portableConfirm: 'Exporter sans chiffrement',
};

export default exportWarning;
