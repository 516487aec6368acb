import type en from '../en/spreadsheets';
import type { DeepStringRecord } from '../types';

/** Exports en tableur (matrice des contrôles, plan de remédiation) et import d’une matrice des contrôles. */
const spreadsheets: DeepStringRecord<typeof en> = {
  exportHeading: 'Tableurs (CSV, Excel)',
  exportBody:
    'La matrice des contrôles (chaque contrôle du périmètre avec son état, son responsable, sa valeur de conception, sa couverture de type II et ses preuves liées) et le plan de remédiation, pour d’autres outils et pour ceux qui vivent dans les tableurs. Les fichiers Excel comportent une feuille « À propos » qui nomme l’évaluation et l’heure de l’export.',
  exportSafety:
    'Les cellules qui commencent par =, +, - ou @ sont écrites précédées d’une apostrophe : un tableur ne les exécute jamais comme des formules.',
  controlMatrix: 'Matrice des contrôles',
  remediationPlan: 'Plan de remédiation',
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  exportAs: 'Exporter en {{format}} : {{what}}',
  exporting: 'Écriture…',
  saved: 'Fichier « {{what}} » enregistré dans :',
  cancelled: 'Export annulé ; aucun fichier n’a été écrit.',
  failed: 'Le fichier n’a pas été écrit : {{message}}',
  importButton: 'Importer une matrice des contrôles…',
  importTitle: 'Importer une matrice des contrôles',
  stepFile: 'Fichier',
  stepMapping: 'Colonnes',
  stepPreview: 'Aperçu',
  stepDone: 'Terminé',
  stepsLabel: 'Étapes de l’import',
  chooseIntro:
    'Reprenez une matrice des contrôles que vous ou votre client tenez déjà, en CSV ou en Excel (.xlsx). Fieldwork repère l’en-tête, propose la correspondance des colonnes et montre ce qui changerait avant toute écriture. L’import se fait en tout ou rien.',
  chooseFile: 'Choisir un fichier…',
  reading: 'Lecture du fichier…',
  chooseCancelled: 'Aucun fichier choisi.',
  readFailed: 'Le fichier n’a pas pu être lu : {{message}}',
  fileSummary: '{{file}} : {{rows}} lignes sous l’en-tête',
  fileSummarySheet: '{{file}}, feuille « {{sheet}} » : {{rows}} lignes sous l’en-tête',
  encodingNote: 'Lu comme {{encoding}} (le fichier n’était pas en UTF-8).',
  sheet: 'Feuille de calcul',
  headerRow: 'Ligne d’en-tête',
  headerRowOption: 'Ligne {{row}} : {{preview}}',
  twoHeaderRows: 'L’en-tête occupe deux lignes (une ligne de regroupement au-dessus des noms de colonnes)',
  mappingIntro:
    'Chaque champ à gauche prend ses valeurs dans la colonne choisie. La proposition s’appuie sur les noms d’en-tête et sur les valeurs ; corrigez ce qui est faux. Les colonnes non choisies (d’autres référentiels, par exemple) sont ignorées.',
  mappingCaption: 'Colonne de chaque champ',
  colField: 'Champ',
  colColumn: 'Colonne du fichier',
  colExamples: 'Premières valeurs',
  notImported: '— non importé —',
  columnOption: '{{letter}} · {{header}}',
  proposed: 'proposée',
  needIdOrTitle: 'Choisissez au moins la colonne de l’identifiant du contrôle ou celle de l’intitulé.',
  preview: 'Prévisualiser l’import',
  previewing: 'Vérification de chaque ligne…',
  previewFailed: 'L’aperçu a échoué : {{message}}',
  back: 'Retour',
  cancel: 'Annuler',
  chooseAnother: 'Choisir un autre fichier',
  field: {
    id: 'Identifiant du contrôle',
    title: 'Intitulé',
    description: 'Description',
    criteria: 'Critères SOC 2 (TSC)',
    status: 'État',
    justification: 'Justification du « sans objet »',
    ownerName: 'Responsable',
    ownerFunction: 'Fonction du responsable',
    notes: 'Notes',
    key: 'Contrôle clé',
    stage: 'Étape du pipeline',
    frequency: 'Fréquence',
  },
  fieldHint: {
    id: 'Rapproché de la liste de contrôle : un identifiant connu met à jour ce contrôle, un nouvel identifiant ajoute un contrôle personnalisé.',
    criteria: 'Les listes comme « CC6.1; CC6.2 », les groupes comme « CC6 » et les plages sont compris.',
    status: 'Des termes comme Implemented, In place, Partially, Not started, N/A.',
  },
  summaryCaption: 'Ce que ferait l’import',
  toAdd: 'Contrôles à ajouter',
  toUpdate: 'Contrôles à mettre à jour',
  toUpdateDetail: '{{catalog}} du catalogue, {{custom}} personnalisés',
  skipped: 'Lignes ignorées',
  skippedDetail:
    '{{empty}} vides, {{sections}} titres de section, {{headers}} en-têtes répétés, {{outOfScope}} hors périmètre',
  merged: 'Lignes en double fusionnées',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  canApply: 'Aucune erreur : l’import peut être appliqué. Les avertissements indiquent comment une cellule a été lue.',
  cannotApply_one:
    'Rien ne peut être importé tant que {{count}} erreur subsiste. Corrigez-la dans le fichier et choisissez-le de nouveau, ou modifiez la correspondance des colonnes.',
  cannotApply_other:
    'Rien ne peut être importé tant que {{count}} erreurs subsistent. Corrigez-les dans le fichier et choisissez-le de nouveau, ou modifiez la correspondance des colonnes.',
  issuesCaption: 'Rapport de validation',
  filterAll: 'Tout ({{count}})',
  filterErrors: 'Erreurs ({{count}})',
  filterWarnings: 'Avertissements ({{count}})',
  issueFilter: 'Afficher',
  colRow: 'Ligne',
  colSeverity: 'Type',
  colProblem: 'Ce que Fieldwork a relevé',
  severity: { error: 'Erreur', warning: 'Avertissement' },
  noIssues: 'Chaque ligne se lit sans problème.',
  moreIssues:
    '{{shown}} affichés sur {{total}} ; la ligne de commande les liste tous (fieldwork import controls --dry-run).',
  apply: 'Importer {{count}} lignes',
  applying: 'Import…',
  applyFailed: 'Rien n’a été importé : {{message}}',
  done: 'Import terminé : {{created}} contrôles ajoutés, {{updated}} mis à jour.',
  doneSkipped: '{{count}} lignes ont été ignorées, comme l’annonçait l’aperçu.',
  close: 'Fermer',
  issue: {
    invalidId:
      'L’identifiant « {{value}} » n’est pas utilisable ; un identifiant compte au plus 40 lettres, chiffres, points, tirets, barres obliques ou traits de soulignement.',
    missingTitle: 'Ce nouveau contrôle n’a pas d’intitulé ; ajoutez-en un dans la colonne des intitulés.',
    missingCriteria:
      'Ce nouveau contrôle n’est associé à aucun critère des services de confiance connu ; donnez-lui-en au moins un (par exemple CC6.1).',
    duplicateIdConflict:
      '{{id}} figure aussi à la ligne {{firstRow}} avec une valeur différente pour : {{fields}} ; gardez une seule ligne, ou donnez des identifiants différents aux lignes.',
    naWithoutJustification:
      'Marqué sans objet sans justification ; indiquez pourquoi dans la colonne de justification ou de notes.',
    tooLong: 'Le champ {{fieldLabel}} compte {{length}} caractères ; la limite est de {{limit}}.',
    unknownCriterion: '« {{value}} » n’est pas un identifiant de critère des services de confiance ; il a été ignoré.',
    groupExpanded: 'Le groupe « {{value}} » a été lu comme l’ensemble de ses critères : {{expanded}}.',
    rangeExpanded: 'La plage « {{value}} » a été lue comme {{expanded}}.',
    unknownStatus: 'L’état « {{value}} » n’est pas reconnu ; il est conservé dans les notes.',
    statusInterpreted: 'L’état « {{value}} » a été lu comme « {{status}} ».',
    duplicateIdMerged:
      '{{id}} figure aussi à la ligne {{firstRow}} ; les deux lignes ont été fusionnées et leurs critères réunis.',
    duplicateTitleInFile:
      'L’intitulé « {{value}} » figure aussi à la ligne {{firstRow}} ; les deux lignes deviennent des contrôles distincts.',
    duplicateTitleChecklist:
      'L’intitulé « {{value}} » est celui de {{id}}, déjà dans la liste de contrôle ; un second contrôle est ajouté.',
    catalogNotInChecklist:
      '{{id}} est un contrôle du catalogue hors du périmètre de cette évaluation ; la ligne est ignorée.',
    catalogMappingKept:
      '{{id}} est un contrôle du catalogue : il conserve les critères du catalogue ({{catalogCriteria}}) ; les critères {{value}} du fichier ne sont pas utilisés.',
    outOfScopeOnly:
      'Associé uniquement à des critères hors périmètre ({{value}}) ; il rejoint la liste de contrôle mais ne compte pas dans le niveau de préparation.',
    ownerFunctionOther: 'La fonction « {{value}} » n’est pas connue de Fieldwork ; elle est enregistrée comme Autre.',
    unknownKey: '« {{value}} » dans la colonne « contrôle clé » n’est ni oui ni non ; la valeur n’est pas utilisée.',
    unknownStage: 'L’étape « {{value}} » n’est pas reconnue ; un nouveau contrôle reçoit « Toute l’organisation ».',
    unknownFrequency: 'La fréquence « {{value}} » n’est pas reconnue ; un nouveau contrôle reçoit « Trimestrielle ».',
    idNormalised: 'L’identifiant « {{value}} » a été lu comme {{id}}.',
    justificationFromNotes: 'Marqué sans objet ; ses notes servent de justification.',
    sectionRow: '« {{value}} » ressemble à un titre de section ; la ligne est ignorée.',
    repeatedHeader: 'Une répétition de la ligne d’en-tête ; elle est ignorée.',
  },
};

export default spreadsheets;
