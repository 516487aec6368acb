import type { Messages } from './en';
import { withFrenchSpacing } from './french-spacing';
import catalogBrowser from './fr/catalog-browser';
import evidence from './fr/evidence';
import coverage from './fr/coverage';
import review from './fr/review';
import snapshots from './fr/snapshots';
import aiReadiness from './fr/ai-readiness';
import audit from './fr/audit';
import protection from './fr/protection';
import unlockCheck from './fr/unlock-check';
import interchange from './fr/interchange';
import spreadsheets from './fr/spreadsheets';
import reportPdf from './fr/report-pdf';
import language from './fr/language';
import exportWarning from './fr/export-warning';
import vocabulary from './fr/vocabulary';
import checklistScreen from './fr/checklist';

/**
 * Les textes français de l’interface, mêmes clés que en.ts : le type `Messages` fait échouer la compilation
 * sur une clé manquante ou en trop, et test/unit/i18n-keys.test.ts vérifie aussi les valeurs vides et les
 * paramètres {{x}}. Terminologie : le glossaire de shared/guides/ui-and-language.md. Les textes sont écrits
 * avec des espaces ordinaires ; withFrenchSpacing pose les espaces insécables (U+00A0) avant « : ; ? ! » et à
 * l’intérieur des guillemets au moment de l’enregistrement de la ressource.
 */
const fr: Messages = {
  app: {
    name: 'Fieldwork',
    tagline: 'Revue de préparation SOC 2 des produits d’IA et de ML',
    loading: 'Ouverture de l’espace de travail…',
    loadFailedTitle: 'Fieldwork n’a pas pu ouvrir cet espace de travail',
    loadFailedHelp: 'Rien n’a été modifié. Ouvrez un autre espace de travail, ou réessayez.',
    noBridgeTitle: 'Fieldwork ne peut pas accéder à ses données',
    noBridgeHelp:
      'Cette page s’exécute dans l’application de bureau Fieldwork. Lancez Fieldwork depuis son icône ou avec « npm start ».',
    retry: 'Réessayer',
    offline: 'Hors ligne — rien ne quitte cette machine',
    skipToContent: 'Aller au contenu',
  },
  nav: {
    label: 'Volets de l’évaluation',
    assessment: 'Évaluation',
    library: 'Bibliothèque',
    overview: 'Vue d’ensemble',
    scope: 'Champ et périmètre',
    checklist: 'Liste de contrôle',
    evidence: 'Preuves',
    review: 'Revue',
    vendors: 'Fournisseurs',
    findings: 'Constats et écarts',
    remediation: 'Remédiation',
    reports: 'Rapports',
    catalog: 'Catalogue',
    settings: 'Paramètres et à propos',
    assessments: 'Toutes les évaluations',
    noAssessment: 'Choisissez ou créez une évaluation pour ouvrir ses volets.',
  },
  topbar: {
    workspace: 'Espace de travail',
    openWorkspace: 'Ouvrir un espace…',
    newWorkspace: 'Nouvel espace…',
    workspaceCancelled: 'Aucun espace de travail choisi ; l’espace actuel reste ouvert.',
    switcher: 'Évaluation',
    noAssessment: 'Aucune évaluation sélectionnée',
    window: 'Période d’observation',
    noWindow: 'Pas de période d’observation (type I)',
    windowNotSet: 'Non renseignée',
    reviewDate: 'Revue du jour 60',
    reviewDateTypeOne: 'Date de la revue',
    reviewNotSet: 'Non renseignée',
    inDays_one: 'dans {{count}} jour',
    inDays_other: 'dans {{count}} jours',
    today: 'aujourd’hui',
    daysAgo_one: 'il y a {{count}} jour',
    daysAgo_other: 'il y a {{count}} jours',
    jumpLabel: 'Aller à un contrôle ou à un critère',
    jumpPlaceholder: 'Contrôle ou critère…',
    jumpNoMatch: 'Aucun contrôle ni critère ne correspond à « {{query}} ».',
    jumpCriterion: 'Critère',
    jumpControl: 'Contrôle',
  },
  assessments: {
    title: 'Évaluations',
    intro:
      'Chaque évaluation est une revue de préparation d’un système : son périmètre, sa liste de contrôles et son niveau de préparation.',
    new: 'Nouvelle évaluation',
    emptyTitle: 'Aucune évaluation dans cet espace de travail',
    emptyBody:
      'Une évaluation est une revue de préparation interne d’un système, menée comme un auditeur la testerait lors des travaux d’audit sur site. Vous indiquez l’organisation, le système, le type de rapport (type I ou type II), les critères des services de confiance (TSC) du périmètre et, pour un type II, la période d’observation. Fieldwork construit alors la liste des contrôles de ce périmètre et calcule le niveau de préparation au fil de votre progression.',
    emptyNext: 'Commencez par le périmètre : cela prend une minute et pourra être modifié ensuite.',
    colOrganisation: 'Organisation',
    colSystem: 'Système',
    colType: 'Rapport',
    colScope: 'Catégories du périmètre',
    colWindow: 'Période d’observation',
    colReview: 'Date de la revue',
    colControls: 'Contrôles',
    colReadiness: 'Préparation (conception)',
    open: 'Ouvrir',
    openLabel: 'Ouvrir l’évaluation de {{system}} ({{organisation}})',
  },
  form: {
    createTitle: 'Nouvelle évaluation',
    editTitle: 'Modifier le périmètre',
    intro:
      'Définissez ce que couvre cette revue de préparation. La liste de contrôle est construite à partir des catégories choisies.',
    organisation: 'Organisation',
    organisationHint: 'L’entreprise dont le système est revu.',
    systemName: 'Nom du système',
    systemNameHint: 'Le produit ou service visé par le rapport, p. ex. « API d’inférence Acme ».',
    reportType: 'Type de rapport',
    reportTypeI: 'Type I — la conception à une date donnée',
    reportTypeII: 'Type II — l’efficacité opérationnelle sur une période d’observation',
    categories: 'Critères des services de confiance (TSC) du périmètre',
    categoriesHint: 'La Sécurité (les critères communs) est toujours dans le périmètre.',
    securityAlways: 'toujours dans le périmètre',
    windowStart: 'Début de la période d’observation',
    windowEnd: 'Fin de la période d’observation',
    windowEndHint: 'Facultative tant qu’elle n’est pas connue ; une période de type II dure de 60 jours à 12 mois.',
    reviewDate: 'Date de la revue du jour 60',
    reviewDateTypeOne: 'Date de la revue',
    reviewDateHint: 'Début de la période + 60 jours, sauf si vous la modifiez.',
    reviewDateEdited: 'Saisie à la main.',
    reviewDateReset: 'Utiliser début + 60 jours',
    reviewDateTypeOneHint: 'Facultative : la date à laquelle la conception est évaluée.',
    assessors: 'Évaluateurs',
    assessorsHint: 'Noms séparés par des virgules ou un par ligne.',
    create: 'Créer l’évaluation',
    save: 'Enregistrer le périmètre',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    serverError: 'L’évaluation n’a pas été enregistrée : {{message}}',
    fixErrors_one: 'Corrigez le champ signalé pour continuer.',
    fixErrors_other: 'Corrigez les {{count}} champs signalés pour continuer.',
    scopeNarrowed:
      'Les contrôles des catégories retirées restent dans la liste avec leurs réponses, mais hors du calcul du niveau de préparation.',
  },
  validation: {
    required: 'Ce champ est obligatoire.',
    invalid: 'Cette valeur n’est pas valide.',
    invalidDate: 'Saisissez une date réelle (AAAA-MM-JJ).',
    tooLong: 'Ce texte est trop long.',
    windowStartRequired: 'Une évaluation de type II a besoin de la date de début de la période d’observation.',
    windowEndBeforeStart: 'La période doit se terminer après son début ({{start}}).',
    windowTooShort:
      'La période dure {{days}} jours ; une période de type II doit durer au moins {{min}} jours pour que la revue du jour 60 s’y trouve.',
    windowTooLong: 'La période dure {{days}} jours ; une période de type II couvre au plus 12 mois.',
    reviewBeforeStart: 'La date de la revue précède le début de la période d’observation ({{start}}).',
    reviewAfterEnd: 'La date de la revue suit la fin de la période d’observation ({{end}}).',
    typeOneNoWindow:
      'Un rapport de type I n’a pas de période d’observation ; choisissez le type II pour en définir une.',
  },
  scope: {
    title: 'Champ et périmètre',
    scopeHeading: 'Champ de cette revue',
    edit: 'Modifier le périmètre',
    organisation: 'Organisation',
    system: 'Système',
    reportType: 'Type de rapport',
    categories: 'Catégories du périmètre',
    window: 'Période d’observation',
    reviewDate: 'Date de la revue',
    assessors: 'Évaluateurs',
    noAssessors: 'Aucun renseigné',
    catalogVersion: 'Version du catalogue',
  },
  ...vocabulary,
  dashboard: {
    title: 'Vue d’ensemble',
    loading: 'Calcul du niveau de préparation…',
    design: 'Niveau de préparation – conception',
    designHelp: 'Dans quelle mesure les contrôles du périmètre sont conçus et en place, selon la méthode ci-dessous.',
    operating: 'Niveau de préparation – efficacité opérationnelle',
    operatingPending: 'Efficacité opérationnelle — mesurée une fois les preuves suivies',
    notMeasured: 'Pas encore mesuré',
    operatingHelp:
      'Conception × couverture des preuves sur la période écoulée × taux de conformité des échantillons, selon la méthode ci-dessous.',
    operatingHelpAsOf:
      'Conception × couverture des preuves sur la période écoulée × taux de conformité des échantillons, au {{date}}.',
    operatingPendingHelp:
      'Pour un type II, le fonctionnement des contrôles sur la période est évalué à partir des preuves et des échantillons, prévus dans une version ultérieure.',
    operatingTypeOne:
      'Le type I teste la conception à une date donnée ; il n’y a pas de mesure d’efficacité opérationnelle.',
    criteriaInScope: 'critères dans le périmètre',
    unaddressed: 'critères non couverts',
    controls: 'contrôles',
    unassessed: 'non encore évalués',
    chartTitle: 'Niveau de préparation par catégorie des critères des services de confiance',
    chartAlt: 'Diagramme en barres du niveau de préparation de la conception : {{values}}.',
    seriesDesign: 'Préparation – conception',
    seriesOperating: 'Préparation – efficacité opérationnelle',
    categoriesTitle: 'Catégories',
    categoryCriteria_one: '{{count}} critère',
    categoryCriteria_other: '{{count}} critères',
    categoryUnaddressed_one: '{{count}} non couvert',
    categoryUnaddressed_other: '{{count}} non couverts',
    categoryControls_one: '{{count}} contrôle',
    categoryControls_other: '{{count}} contrôles',
    categoryUnassessed: '{{count}} non évalué(s)',
    allAddressed: 'tous couverts',
    criteriaTitle: 'Critères',
    colCriterion: 'Critère',
    colTitle: 'Intitulé',
    colCategory: 'Catégorie',
    colDesign: 'Conception',
    colControls: 'Contrôles',
    colWeight: 'Poids',
    colExcluded: 'S.O.',
    unaddressedTag: 'Non couvert',
    explain: 'Comment ?',
    explainLabel: 'Comment {{id}} obtient {{value}}',
    openChecklist: 'Ouvrir dans la liste de contrôle',
  },
  method: {
    title: 'Comment ce chiffre est-il calculé ?',
    intro:
      'Le niveau de préparation est calculé de la même façon dans l’application, le rapport et la ligne de commande (méthode {{method}}). Chaque chiffre peut être recalculé à la main à partir de la liste de contrôle.',
    controlValue:
      'Chaque contrôle reçoit une valeur de conception selon son état : mis en œuvre 1, partiel 0,5, non mis en œuvre 0, non évalué 0. Les contrôles sans objet sont exclus de toutes les moyennes.',
    weights: 'Les contrôles clés pèsent 2 ; les autres contrôles pèsent 1.',
    criterion:
      'Un critère reçoit la moyenne pondérée des contrôles applicables qui lui sont associés. Un critère du périmètre sans contrôle applicable est non couvert et vaut 0.',
    category: 'Une catégorie reçoit la moyenne simple de ses critères.',
    overall:
      'Le chiffre global est la moyenne simple de tous les critères du périmètre : chaque critère compte une fois, quel que soit son nombre de contrôles.',
    operating:
      'Le type II ajoute une mesure d’efficacité opérationnelle : la valeur de conception de chaque contrôle × la couverture de la période écoulée par ses preuves × le taux de conformité des échantillons de la dernière revue (1 tant qu’aucun de ses échantillons n’est testé), moyennée de la même façon.',
  },
  breakdown: {
    title: '{{id}} — comment ce chiffre est obtenu',
    unaddressed:
      'Aucun contrôle applicable n’est associé à ce critère : il est non couvert et vaut 0. Ajoutez ou associez un contrôle pour le couvrir.',
    colControl: 'Contrôle',
    colStatus: 'État',
    colValue: 'Valeur',
    colWeight: 'Poids',
    colProduct: 'Poids × valeur',
    total: 'Total',
    formula: 'Moyenne pondérée = {{sum}} ÷ {{weight}} = {{result}}',
    excluded: 'Exclus car sans objet : {{ids}}',
    keyWeight: 'contrôle clé',
    close: 'Fermer',
  },
  ...checklistScreen,
  catalog: {
    title: 'Catalogue',
    intro:
      'La bibliothèque de contrôles fournie avec Fieldwork (version {{version}}, publiée le {{released}}) : {{controls}} contrôles associés à {{criteria}} critères des services de confiance (TSC). Les intitulés et résumés des critères sont nos propres reformulations.',
  },
  reports: {
    title: 'Rapports',
    pdfHeading: 'Rapport de préparation (PDF)',
    pdfBody:
      'Un PDF pour la direction et pour l’échange avec l’auditeur : le verdict de préparation et les cinq écarts prioritaires, le périmètre et les flux de données, le niveau de préparation par catégorie et par critère, le registre des contrôles avec les empreintes des preuves, la couverture, les constats, les fournisseurs, les responsables, le plan de remédiation et les méthodes derrière chaque chiffre. Il est produit sur cette machine et nulle part ailleurs.',
    export: 'Exporter le rapport PDF…',
    exporting: 'Rédaction du rapport…',
    saved: 'Rapport enregistré dans :',
    cancelled: 'Export annulé ; aucun fichier n’a été écrit.',
    failed: 'Le rapport n’a pas été écrit : {{message}}',
  },
  settings: {
    title: 'Paramètres et à propos',
    about: 'À propos de Fieldwork',
    version: 'Version de l’application',
    catalogVersion: 'Version du catalogue',
    workspace: 'Fichier de l’espace de travail',
    platform: 'Plateforme',
    theme: 'Thème',
    themeValue: 'Suit le réglage clair ou sombre du système',
    privacy: 'Confidentialité',
    privacyValue:
      'Fieldwork fonctionne hors ligne. Il n’effectue aucune requête réseau : ni télémétrie, ni recherche de mises à jour, ni polices web. Votre espace de travail reste sur cette machine.',
    shortcuts: 'Clavier',
    shortcutList:
      'Ctrl/Cmd+K aller à un contrôle · j/k ou ↑/↓ se déplacer dans la liste · Entrée ouvrir un contrôle · 1–5 définir l’état · Espace sélectionner · Échap fermer le panneau',
  },
  catalogBrowser,
  evidence,
  coverage,
  review,
  snapshots,
  audit,
  protection,
  unlockCheck,
  interchange,
  ai: aiReadiness,
  spreadsheets,
  reportPdf,
  exportWarning,
  language,
  common: {
    close: 'Fermer',
    dismiss: 'Masquer',
    yes: 'Oui',
    no: 'Non',
    error: 'Erreur',
  },
};

export default withFrenchSpacing(fr);
