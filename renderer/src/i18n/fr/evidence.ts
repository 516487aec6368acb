import type en from '../en/evidence';
import type { DeepStringRecord } from '../types';

/** La page Preuves, le formulaire d’ajout, le retrait et les vérifications d’intégrité (clés sous `evidence.`). */
const evidence: DeepStringRecord<typeof en> = {
  title: 'Preuves',
  intro:
    'Les fichiers qui montrent que les contrôles fonctionnent, conservés dans cet espace de travail et identifiés par leur empreinte SHA-256. Pour un rapport de type II, ce qui compte est la période couverte par chaque fichier : c’est à partir d’elle que la couverture de chaque contrôle est calculée.',
  addFiles: 'Ajouter des fichiers…',
  loading: 'Chargement des preuves…',
  loadFailed: 'Les preuves n’ont pas pu être chargées : {{message}}',
  typeOne:
    'Cette évaluation est de type I : les preuves sont conservées et listées, mais la couverture d’une période d’observation n’est mesurée que pour les évaluations de type II.',
  empty: {
    title: 'Aucune preuve pour l’instant',
    body: 'Les éléments probants sont ce que l’auditeur inspecte : exports de journaux, rapports système, exports de configuration, tickets et approbations, politiques, captures d’écran. Chaque fichier est copié dans l’espace de travail : il reste disponible hors ligne et toute modification ultérieure est détectée.',
    next: 'Faites glisser des fichiers sur cette page, ou choisissez-les avec « Ajouter des fichiers… ». Un même fichier peut étayer plusieurs contrôles.',
  },
  drop: {
    hint: 'Faites glisser des fichiers ici depuis votre gestionnaire de fichiers pour les ajouter comme preuves — ou utilisez « Ajouter des fichiers… ».',
    release: 'Déposez pour ajouter ces fichiers comme preuves',
  },
  add: {
    added_one: '{{count}} fichier ajouté comme preuve de {{controls}}.',
    added_other: '{{count}} fichiers ajoutés comme preuves de {{controls}}.',
    noPath_one:
      '« {{names}} » n’a pas été ajouté : ce n’est pas un fichier du disque de cet ordinateur. Enregistrez-le d’abord dans un dossier, puis faites-le glisser depuis ce dossier.',
    noPath_other:
      '{{count}} éléments n’ont pas été ajoutés ({{names}}) : ce ne sont pas des fichiers du disque de cet ordinateur. Enregistrez-les d’abord dans un dossier, puis faites-les glisser depuis ce dossier.',
    dialogFailed: 'La boîte de dialogue de fichiers n’a pas pu s’ouvrir : {{message}}',
  },
  kindHint: {
    log_export:
      'Un journal couvrant une période, p. ex. 30 jours de journaux d’accès : couvre chaque jour de sa période.',
    system_report:
      'Un rapport produit par un système, p. ex. un scan de vulnérabilités ou un export de revue des accès.',
    config_export:
      'Une configuration exportée depuis le système, p. ex. des politiques IAM ou une protection de branche.',
    ticket: 'Un ticket, une demande de changement ou une approbation qui montre que le contrôle a été exécuté.',
    policy: 'Un document de politique ou de procédure.',
    screenshot: 'Une capture d’écran montre un instant : elle ne couvre que son propre jour.',
  },
  form: {
    title_one: 'Ajouter {{count}} fichier comme preuve',
    title_other: 'Ajouter {{count}} fichiers comme preuves',
    filesIntro:
      'Ces fichiers sont copiés dans l’espace de travail. Décrivez-les une fois ; la description s’applique à chacun.',
    controls: 'Contrôles étayés par cette preuve',
    controlsHint: 'Choisissez-en au moins un',
    controlsChosen_one: '{{count}} contrôle choisi',
    controlsChosen_other: '{{count}} contrôles choisis',
    controlsChosenLabel: 'Contrôles choisis',
    controlsSearch: 'Rechercher des contrôles par identifiant ou intitulé',
    controlsNoMatch: 'Aucun contrôle ne correspond à « {{query}} ».',
    unchoose: 'Retirer {{id}}',
    kind: 'Nature',
    sourceSystem: 'Système source',
    sourceSystemHint: 'D’où elle provient, p. ex. « Okta », « GitHub », « MLflow ».',
    collectedBy: 'Collectée par',
    collectedAt: 'Collectée le',
    covers: 'Ce qu’elle couvre',
    shapePeriod: 'Une période (du – au)',
    shapeSingle: 'Une seule date',
    shapeHint: 'Un export de journaux couvre une période ; la trace d’un événement montre une seule date.',
    screenshotSingle:
      'Une capture d’écran montre un instant : elle est donc enregistrée avec une seule date. Une preuve ponctuelle ne montre pas le fonctionnement sur la période.',
    periodFrom: 'Période du',
    periodTo: 'Période au',
    singleDate: 'Date montrée',
    notes: 'Notes',
    submit_one: 'Ajouter le fichier',
    submit_other: 'Ajouter {{count}} fichiers',
    adding: 'Ajout… (les gros fichiers prennent un moment)',
    cancel: 'Annuler',
    failed: 'Rien n’a été ajouté : {{message}}',
    errors: {
      controlsRequired: 'Choisissez au moins un contrôle étayé par cette preuve.',
      tooManyControls: 'Choisissez au plus 100 contrôles pour un même fichier.',
      dateRequired: 'Saisissez une date.',
      dateInvalid: 'Saisissez une date réelle (AAAA-MM-JJ).',
      periodReversed: 'La période doit se terminer le jour de son début ou après.',
      tooLong: 'Ce texte est trop long.',
    },
  },
  filters: {
    search: 'Rechercher',
    searchPlaceholder: 'Nom, source, notes ou empreinte',
    kind: 'Nature',
    allKinds: 'Toutes les natures',
    control: 'Contrôle',
    allControls: 'Tous les contrôles',
    clear: 'Effacer les filtres',
    all_one: '{{count}} fichier',
    all_other: '{{count}} fichiers',
    showing: '{{shown}} affichés sur {{total}}.',
    hidden_one: '{{count}} masqué par les filtres',
    hidden_other: '{{count}} masqués par les filtres',
  },
  table: {
    name: 'Fichier',
    kind: 'Nature',
    covers: 'Couvre',
    source: 'Système source',
    collected: 'Collectée',
    size: 'Taille',
    hash: 'SHA-256',
    controls: 'Contrôles',
    integrity: 'Intégrité',
    actions: 'Actions',
    pointInTime: 'ponctuelle',
    openControl: 'Ouvrir {{id}} dans la liste de contrôle',
    remove: 'Retirer…',
    removeLabel: 'Retirer {{name}}…',
  },
  remove: {
    title: 'Retirer « {{name}} »',
    which: 'La retirer de',
    onlyFrom: '{{id}} seulement (elle continue d’étayer les autres)',
    fromAll_one: 'Son seul contrôle : retirer l’élément de preuve',
    fromAll_other: 'Ses {{count}} contrôles : retirer l’élément de preuve',
    single: 'Elle n’étaye que {{id}} : l’élément de preuve est donc retiré.',
    fileRule:
      'Le fichier stocké n’est supprimé que lorsque plus rien ne l’utilise : les fichiers identiques sont stockés une seule fois, donc un autre élément de preuve au contenu identique le conserve.',
    confirmAll: 'Retirer la preuve',
    confirmOne: 'Retirer de {{id}}',
    cancel: 'Annuler',
    unlinked: '« {{name}} » n’étaye plus {{id}} ; elle étaye toujours {{rest}}.',
    fileDeleted: '« {{name}} » a été retirée, et son fichier stocké supprimé (rien d’autre ne l’utilisait).',
    fileKept:
      '« {{name}} » a été retirée ; son fichier stocké est conservé car un autre élément de preuve a un contenu identique.',
    failed: 'Rien n’a été retiré : {{message}}',
  },
  verify: {
    button: 'Vérifier l’intégrité',
    running: 'Recalcul des empreintes…',
    failed: 'Les fichiers n’ont pas pu être vérifiés : {{message}}',
    nothing: 'Il n’y a aucune preuve à vérifier.',
    summary_one: '{{count}} fichier vérifié : {{ok}} intact(s), {{modified}} modifié(s), {{missing}} manquant(s).',
    summary_other: '{{count}} fichiers vérifiés : {{ok}} intact(s), {{modified}} modifié(s), {{missing}} manquant(s).',
    allOk: 'Chaque fichier stocké a toujours le contenu qu’il avait lors de son ajout.',
    modifiedHelp:
      'son contenu a changé depuis son ajout (l’empreinte diffère). Ajoutez de nouveau le fichier d’origine.',
    missingHelp:
      'son fichier stocké a disparu du dossier des preuves de l’espace de travail. Ajoutez de nouveau le fichier.',
  },
  integrity: {
    ok: 'Intact',
    modified: 'Modifié',
    missing: 'Manquant',
    unchecked: 'Non vérifié',
  },
  populations: {
    title: 'Contrôles par événement : population',
    summary_one: '{{count}} contrôle par événement · {{recorded}} enregistré(s)',
    summary_other: '{{count}} contrôles par événement · {{recorded}} enregistré(s)',
    intro:
      'Un contrôle par événement s’exécute lorsque quelque chose se produit (une promotion de modèle, une demande d’accès). Enregistrez combien d’événements ont eu lieu jusqu’ici dans la période et combien sont prouvés : couverture = prouvés ÷ population.',
    none: 'Aucun contrôle par événement dans cette liste.',
    control: 'Contrôle',
    population: 'Événements à ce jour',
    evidenced: 'Prouvés',
    coverage: 'Couverture',
    populationLabel: 'Événements à ce jour pour {{id}}',
    evidencedLabel: 'Événements prouvés pour {{id}}',
    notRecorded: 'Non enregistrée',
    invalid: 'Nombres entiers, prouvés ≤ événements.',
    save: 'Enregistrer',
    saved: '{{id}} : {{evidenced}} événements prouvés sur {{population}}, enregistré.',
    failed: 'Non enregistré : {{message}}',
  },
};

export default evidence;
