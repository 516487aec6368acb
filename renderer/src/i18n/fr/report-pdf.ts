import type en from '../en/report-pdf';
import type { DeepStringRecord } from '../types';

/** La carte du rapport PDF de la page Rapports : langue, sections, filigrane, synthèse pour la direction. */
const reportPdf: DeepStringRecord<typeof en> = {
  language: 'Langue du rapport',
  languages: { en: 'Anglais (English)', fr: 'Français' },
  sections: 'Sections à inclure',
  sectionsHint:
    'Les sections s’impriment dans l’ordre du rapport. La frise de couverture n’apparaît que pour les évaluations de type II.',
  sectionNames: {
    cover: 'Page de titre',
    summary: 'Synthèse et verdict',
    scope: 'Champ de la revue et périmètre du système',
    readiness: 'Niveau de préparation par catégorie et par critère',
    register: 'Registre des contrôles avec empreintes des preuves',
    timeline: 'Frise de couverture des preuves',
    findings: 'Constats et écarts',
    vendors: 'Fournisseurs IA tiers et CUEC',
    ownership: 'Matrice des responsables',
    remediation: 'Plan de remédiation',
    methodology: 'Annexe méthodologique',
  },
  allSections: 'Tout sélectionner',
  noSections: 'Choisissez au moins une section à exporter.',
  watermark: 'Marquer chaque page « CONFIDENTIEL »',
  summaryOnly:
    'Synthèse pour la direction uniquement (page de titre, synthèse, cinq écarts prioritaires, plan de remédiation en bref)',
  summaryOnlyHint:
    'La synthèse pour la direction imprime la page de titre et la synthèse ; la liste ci-dessous est mise de côté.',
};

export default reportPdf;
