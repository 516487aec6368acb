import type en from '../en/review';
import type { DeepStringRecord } from '../types';

/** La page Revue : la revue du jour 60, ses échantillons, ses conclusions et la table des tailles d’échantillon. */
const review: DeepStringRecord<typeof en> = {
  title: 'Revue du jour 60',
  intro:
    'La revue de préparation interne tenue au 60e jour de la période d’observation, comme un auditeur teste l’efficacité opérationnelle lors des travaux d’audit sur site : un échantillon reproductible des occurrences de chaque contrôle, chacune inspectée et marquée conforme ou en exception, et une conclusion par contrôle.',
  loading: 'Chargement de la revue…',
  loadFailed: 'La revue n’a pas pu être chargée : {{message}}',
  typeOne: {
    title: 'La revue du jour 60 concerne les évaluations de type II',
    body: 'Un rapport de type I teste la conception des contrôles à une date donnée : il n’y a donc pas de période d’observation à échantillonner. La revue du jour 60 échantillonne les occurrences de chaque contrôle sur la partie écoulée d’une période de type II.',
    next: 'Pour en tenir une, passez le type de rapport à type II et définissez la période d’observation dans « Modifier le périmètre ». Les instantanés fonctionnent aussi pour le type I : prenez-en un ci-dessous pour suivre le niveau de préparation de la conception.',
  },
  start: {
    dateLabel: 'Date de la revue',
    notYet_one:
      'La revue s’ouvre le {{date}}, dans {{count}} jour. D’ici là, trop peu de la période d’observation s’est écoulé pour un échantillon significatif ; continuez à collecter des preuves en attendant.',
    notYet_other:
      'La revue s’ouvre le {{date}}, dans {{count}} jours. D’ici là, trop peu de la période d’observation s’est écoulé pour un échantillon significatif ; continuez à collecter des preuves en attendant.',
    due: 'La revue est due. Elle échantillonne la période écoulée depuis le {{start}}, jusqu’à aujourd’hui.',
    what: 'Le lancement tire l’échantillon de chaque contrôle du périmètre avec une graine aléatoire conservée : la même revue montre donc toujours les mêmes éléments. Les tailles d’échantillon viennent de la table ci-dessous, au prorata de la période écoulée.',
    previous: 'La dernière revue a été achevée le {{date}}.',
    button: 'Lancer la revue du jour 60',
    again: 'Lancer une nouvelle revue',
    starting: 'Tirage des échantillons…',
  },
  progress: {
    open: 'Revue en cours, commencée le {{date}}',
    completed: 'Revue achevée le {{date}} (lecture seule)',
    facts: 'Période mesurée jusqu’au {{asOf}} · {{controls}} contrôles.',
    seed: 'Graine',
    seedHelp: 'La graine conservée : un nouveau tirage avec elle donne le même échantillon.',
    label: 'Éléments d’échantillon testés',
    tested: '{{tested}} éléments testés sur {{items}} ({{pct}})',
    results: 'Conformes : {{passed}} · exceptions : {{exceptions}} · restant à tester : {{untested}}',
    conclusions: 'Conclusions à ce stade',
  },
  complete: {
    button: 'Achever la revue',
    title: 'Achever la revue',
    untested_one:
      '{{count}} élément d’échantillon de {{controls}} contrôle n’est pas encore testé. Si vous achevez maintenant, ce contrôle est conclu « incomplet ».',
    untested_other:
      '{{count}} éléments d’échantillon de {{controls}} contrôles ne sont pas encore testés. Si vous achevez maintenant, ces contrôles sont conclus « incomplet ».',
    freezes:
      'L’achèvement met la revue en lecture seule et fige un instantané de chaque score, état, couverture et conclusion au {{date}}.',
    confirm: 'Achever et figer l’instantané',
    anyway: 'Achever quand même',
    cancel: 'Continuer les tests',
    done: 'Revue achevée. Instantané « {{label}} » figé au {{date}}.',
  },
  filter: {
    all: 'Tous les contrôles',
    to_test: 'Restant à tester',
    exceptions: 'Avec exceptions',
    not_sampled: 'Non échantillonnés',
  },
  table: {
    show: 'Afficher',
    showing: '{{shown}} affichés sur {{total}}.',
    hidden_one: '{{count}} masqué par le filtre',
    hidden_other: '{{count}} masqués par le filtre',
    all_one: '{{count}} contrôle dans la revue',
    all_other: '{{count}} contrôles dans la revue',
    control: 'Contrôle',
    frequency: 'Fréquence',
    population: 'Population',
    sample: 'Échantillon',
    tested: 'Testés',
    exceptions: 'Exceptions',
    conclusion: 'Conclusion',
    prorated: 'au prorata de {{base}}',
    none: 'Aucun contrôle ne correspond à ce filtre.',
  },
  conclusion: {
    effective: 'Efficace',
    exceptions_noted: 'Exceptions relevées',
    not_effective: 'Non efficace',
    incomplete: 'Incomplet',
    not_sampled: 'Non échantillonné',
  },
  result: {
    untested: 'À tester',
    passed: 'Conforme',
    exception: 'Exception',
  },
  reason: {
    not_started: 'Rien à échantillonner : la période d’observation n’avait pas commencé à la date de la revue.',
    population_not_recorded:
      'Rien à échantillonner : aucune population n’est enregistrée pour ce contrôle par événement. Enregistrez-la sur la page Preuves avant la prochaine revue.',
    no_occurrences: 'Rien à échantillonner : aucun événement n’avait eu lieu à la date de la revue.',
  },
  panel: {
    label: 'Échantillon de {{id}}',
    close: 'Fermer',
    closeLabel: 'Fermer le panneau de l’échantillon',
    plan: '{{size}} éléments tirés d’une population de {{population}} (fréquence {{frequency}}).',
    prorated: 'La taille de la table, {{base}}, a été ramenée au prorata de la partie écoulée de la période.',
    how: 'Inspectez les preuves de chaque élément, puis marquez-le. Une exception exige une note indiquant ce qui n’allait pas ; citer la preuve est facultatif.',
  },
  item: {
    period: 'La période {{frequency}} commençant le {{date}}',
    day: '{{date}}',
    event: 'Événement {{n}}',
    pass: 'Conforme',
    exception: 'Exception…',
    editException: 'Modifier l’exception…',
    note: 'Ce qui n’allait pas (obligatoire)',
    noteRequired: 'Décrivez l’exception : ce qui était attendu, et ce que vous avez constaté.',
    evidence: 'Preuve (facultatif)',
    noEvidence: 'Aucune',
    saveException: 'Consigner l’exception',
    cancel: 'Annuler',
    cites: 'Preuve : {{name}}',
  },
  method: {
    samplingTitle: 'L’échantillonnage à la revue du jour 60',
    draw: 'La population est constituée des périodes attendues de la période écoulée (contrôles périodiques : chacune identifiée par sa date de début, comme dans les règles de couverture), de ses jours (contrôles continus), ou des événements enregistrés numérotés de 1 à N (par événement) ; les éléments sont tirés sans remise avec un générateur initialisé par une graine, puis triés. Même graine et mêmes données → même échantillon. Chaque contrôle tire à partir de la graine conservée de la revue jointe à son identifiant : son échantillon ne dépend donc pas des autres.',
    size: 'Nombre d’éléments à tester pour un contrôle : périodique et continu — la taille de la table × jours écoulés ÷ jours de la période, arrondi au supérieur, au moins 1 (une période sans date de fin n’est pas proratisée) ; par événement — la taille de la table pour la population enregistrée jusqu’ici, qui reflète déjà la période écoulée et n’est donc pas proratisée à nouveau ; jamais plus que la population ; 0 lorsqu’elle vaut 0.',
    tableTitle: 'La table des tailles d’échantillon utilisée',
    conclusionsTitle: 'Conclusions par contrôle',
    notSampled:
      'Aucun élément à échantillonner (rien d’écoulé, aucune population enregistrée, aucune occurrence) → « Non échantillonné ».',
    incomplete: 'Un élément encore non testé → « Incomplet ».',
    effective: 'Tous les éléments testés sont conformes → « Efficace ».',
    exceptionsNoted: 'Taux d’exception (exceptions ÷ testés) d’au plus {{threshold}} % → « Exceptions relevées ».',
    notEffective: 'Au-delà de {{threshold}} % → « Non efficace ».',
    passRate:
      'Le taux de conformité des échantillons est conformes ÷ testés ; c’est lui qui entre dans la mesure d’efficacité opérationnelle.',
  },
  sizes: {
    title: 'Tailles d’échantillon',
    custom: 'personnalisée',
    intro:
      'Combien d’occurrences chaque revue teste, selon la fréquence du contrôle — notre propre convention inspirée de la pratique courante des auditeurs, et non une table de l’AICPA. Les tailles des contrôles périodiques et continus sont proratisées sur la partie écoulée de la période (arrondi au supérieur, au moins 1) et ne dépassent jamais la population. Les revues déjà commencées gardent la table qu’elles ont utilisée.',
    byFrequency: 'Par fréquence',
    byPopulation: 'Contrôles par événement, selon la population',
    frequency: 'Fréquence',
    perEvent: 'Population (par événement)',
    size: 'Éléments à tester',
    events: '{{range}} événements',
    all: 'tous',
    edit: 'Modifier les tailles',
    restore: 'Rétablir les valeurs par défaut',
    save: 'Enregistrer la table',
    cancel: 'Annuler',
    upTo: 'jusqu’à',
    upToLabel: 'Tranche {{n}} : population maximale',
    sizeLabel: 'Tranche {{n}} : éléments à tester (un nombre ou « tous »)',
    rest: 'événements de plus',
    bandsHint:
      'Chaque tranche : la plus grande population qu’elle couvre, et les éléments à tester (un nombre, ou « tous »).',
    invalid:
      'Les tailles sont des nombres entiers de 1 à {{max}} (ou « tous » pour une tranche par événement), et les tranches doivent croître en population.',
    saved: 'Enregistrée : les nouvelles revues utilisent cette table.',
    restored: 'La table par défaut est de nouveau utilisée pour les nouvelles revues.',
    failed: 'La table n’a pas été enregistrée : {{message}}',
  },
};

export default review;
