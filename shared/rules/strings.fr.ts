import type { AiReadinessStrings } from './strings.en';

/**
 * Les textes français des fonctions de préparation IA (périmètre, fournisseurs, responsables, règles,
 * classement, remédiation), de même forme que AI_READINESS_STRINGS_EN : une clé manquante ne compile pas.
 * Terminologie : le glossaire de shared/guides/ui-and-language.md. Rédigés pour ce projet.
 */
export const AI_READINESS_STRINGS_FR: AiReadinessStrings = {
  rules: {
    'FW-AI-01': {
      title: 'Le périmètre du système exclut le pipeline d’entraînement',
      explanation:
        'Aucun pipeline d’entraînement dans le périmètre n’est décrit dans le périmètre du système. Une description du système qui commence au service des modèles ne donne à l’auditeur rien à tester sur la façon dont les modèles sont construits, et les clients qui lisent le rapport remarquent l’omission. Ajoutez le pipeline d’entraînement (des sources de données au registre de modèles) au périmètre ; si le produit n’entraîne réellement aucun modèle, consignez cette décision et masquez ce constat en indiquant la raison.',
    },
    'FW-AI-02': {
      title: 'Le périmètre du système exclut le service des modèles',
      explanation:
        'Aucun point de service d’inférence dans le périmètre n’est décrit dans le périmètre du système. L’API d’inférence est l’endroit où les données des clients rencontrent le modèle ; hors périmètre, ses contrôles d’accès, de journalisation et de disponibilité ne peuvent pas être testés. Ajoutez les points de service au périmètre.',
    },
    'FW-AI-03': {
      title: 'Une API de modèle hébergée est utilisée mais absente du périmètre',
      explanation:
        'L’inventaire des fournisseurs cite des API de modèles hébergées ({vendors}), mais le périmètre du système ne comprend aucune API d’IA tierce dans le périmètre. Les services d’IA tiers utilisés en production figurent dans la description du système comme sous-traitants (organisations de sous-service). Ajoutez-leur un composant « API d’IA tierce ».',
    },
    'FW-AI-04': {
      title: 'Un composant du périmètre n’a aucun contrôle dans la liste',
      explanation:
        '{component} ({kind}) est dans le périmètre du système, mais aucun contrôle applicable de la liste ne lui est rattaché ni n’appartient à son étape du pipeline ({stages}). C’est l’échec du modèle générique : un auditeur ne peut pas tester des contrôles qui ne mentionnent jamais cette partie du pipeline ML. Rattachez des contrôles existants au composant ou ajoutez des contrôles pour cette étape.',
    },
    'FW-AI-05': {
      title: 'Fournisseur IA sans réponses distinctes sur l’entraînement et la conservation',
      explanation:
        'Pour {vendor}, l’inventaire ne répond pas encore à : {missing}. Un fournisseur IA s’évalue sur des questions distinctes : peut-il entraîner ses modèles sur vos données, combien de temps conserve-t-il les entrées que vous envoyez, combien de temps conserve-t-il les sorties qu’il renvoie. Consignez chaque réponse avec sa source (clause du contrat, accord de traitement des données, documentation du fournisseur).',
    },
    'FW-AI-06': {
      title: 'Fournisseur IA évalué comme un SaaS générique',
      explanation:
        '{vendor} ({serviceType}) n’a aucune diligence spécifique à l’IA consignée. Un questionnaire de sécurité générique ne couvre ni l’entraînement sur vos données, ni la conservation des sorties, ni les changements de version de modèle, ni les fournisseurs derrière le modèle. Menez une revue de diligence IA et consignez sa date.',
    },
    'FW-AI-07': {
      title: 'Fiche fournisseur périmée',
      explanation:
        '{vendor} : {reasons}. Revoyez le fournisseur à chaque renouvellement de contrat et à chaque changement de version de modèle ; un rapport SOC 2 dont la période s’est terminée il y a plus de douze mois appelle une lettre de liaison (bridge letter) ou un rapport plus récent.',
    },
    'FW-AI-08': {
      title: 'Une étape du pipeline IA n’a aucun responsable nommé',
      explanation:
        'Aucun contrôle de l’étape {stage} n’a de responsable nommé (contrôles IA : {controls}). Nommez un responsable pour chaque étape du pipeline IA avant l’ouverture de la période d’observation ; c’est dans les étapes sans responsable que les preuves se perdent.',
    },
    'FW-AI-09': {
      title: 'Contrôles IA sans responsable nommé',
      explanation:
        'Dans l’étape {stage}, {count} contrôle(s) IA n’ont pas de responsable nommé : {controls}. Chaque contrôle a besoin d’une personne qui l’exécute et répond de ses preuves lors des travaux d’audit sur site.',
    },
    'FW-AI-10': {
      title: 'Étape IA confiée uniquement à l’ingénierie et à la science des données',
      explanation:
        'Tous les responsables nommés des contrôles IA de l’étape {stage} relèvent de l’ingénierie ou de la science des données, et personne de la conformité ou du juridique n’est responsable d’un contrôle de cette étape ({controls}). Les contrôles IA laissés aux seuls ingénieurs manquent souvent les questions de politique, de contrat et de protection des données que posent les auditeurs. Confiez au moins un contrôle de cette étape à la conformité ou au juridique.',
    },
    'FW-AI-11': {
      title: 'Les preuves de type II sont seulement ponctuelles',
      explanation:
        'Toutes les preuves rattachées à {control} sont ponctuelles (captures d’écran ou éléments d’un seul jour). Un rapport de type II doit montrer le contrôle en fonctionnement sur toute la période d’observation : collectez des exports continus (extraits de journaux, rapports système, historiques de tickets) couvrant chaque période.',
    },
    'FW-AI-12': {
      title: 'Trou de couverture des preuves de plus d’une période',
      explanation:
        '{control} ({frequency}) n’a aucune preuve pendant {periods} {unit} consécutifs, du {from} au {to}. Un auditeur qui échantillonnerait cet intervalle ne trouverait rien à tester. Collectez les preuves manquantes, ou consignez pourquoi le contrôle n’a pas fonctionné.',
    },
    'FW-AI-13': {
      title: 'Aucune surveillance de dérive ou d’anomalies alors que l’intégrité du traitement est dans le périmètre',
      explanation:
        'L’intégrité du traitement est dans le périmètre, mais aucun contrôle de surveillance de la dérive des modèles n’est mis en œuvre ({controls}). Une dégradation non détectée des modèles est un risque d’intégrité du traitement : les sorties s’éloignent de leur précision validée sans que personne ne s’en aperçoive. Surveillez les modèles en production par rapport à des références, avec des seuils et des alertes.',
    },
    'FW-AI-14': {
      title: 'Les changements du registre de modèles échappent à la gestion des changements',
      explanation:
        'Les contrôles qui placent la promotion et les changements de modèles sous gestion des changements ne sont pas entièrement en place ({controls}). Des modèles atteindraient la production sans les preuves d’approbation, de test et de retour arrière qu’un auditeur attend de tout déploiement de code. Soumettez les promotions du registre au même contrôle des changements que le code.',
    },
    'FW-AI-15': {
      title: 'Une politique IA requise manque',
      explanation:
        'Aucun contrôle n’est mis en œuvre pour ce document requis : {policy} ({controls}). Les auditeurs de systèmes d’IA attendent que ce document existe, soit approuvé et soit communiqué aux personnes qu’il engage.',
    },
    'FW-AI-16': {
      title: 'Une politique IA n’a pas été revue depuis douze mois',
      explanation:
        'Le document « {policy} » est marqué mis en œuvre, mais aucun document de politique couvrant une date postérieure ou égale au {since} n’est rattaché à ses contrôles ({controls}). Joignez la version approuvée en vigueur, ou revoyez et réapprouvez le document.',
    },
    'FW-AI-17': {
      title: 'La revue de préparation du jour 60 n’a pas eu lieu',
      explanation:
        'La revue de préparation interne était prévue le {reviewDate} (il y a {days} jour(s)) et aucune revue achevée n’est consignée. La tenir au 60e jour, avec les critères qu’appliquera l’auditeur, laisse le temps de corriger les écarts avant les travaux d’audit sur site.',
    },
    'FW-AI-18': {
      title: 'Un critère du périmètre n’a aucun contrôle applicable',
      explanation:
        '{criterion} est dans le périmètre mais aucun contrôle applicable ne lui est associé : il obtient donc zéro. Associez ou ajoutez un contrôle, ou réduisez le périmètre si la catégorie ne s’applique pas.',
    },
    'FW-AI-19': {
      title: 'Sous-traitant IA tiers incomplètement décrit',
      explanation:
        'Pour {vendor} : {missing}. Un sous-traitant (organisation de sous-service) exige que la méthode d’exclusion (carve-out) ou la méthode inclusive soit arrêtée et que son propre rapport SOC 2 soit au dossier, pour la description du système et pour les contrôles complémentaires qu’il attend de vous.',
    },
  },
  answers: {
    trainingUse: 's’il peut entraîner ses modèles sur vos données',
    inputRetention: 'combien de temps il conserve les entrées que vous envoyez',
    outputRetention: 'combien de temps il conserve les sorties qu’il renvoie',
    subserviceMethod: 'la méthode d’exclusion (carve-out) ou inclusive n’est pas arrêtée',
    soc2Report: 'aucun rapport SOC 2 n’est au dossier',
  },
  staleness: {
    never_reviewed: 'jamais revu',
    renewed_since_review: 'le contrat a été renouvelé après la dernière revue',
    model_changed_since_review: 'la version du modèle a changé après la dernière revue',
    soc2_report_outdated:
      'la période de son rapport SOC 2 s’est terminée il y a plus de 12 mois et aucune lettre de liaison ne la couvre',
  },
  policies: {
    'policy-ai-ethics-bias': 'politique d’éthique de l’IA et de prévention des biais',
    'policy-model-development': 'politique de développement et de déploiement des modèles',
    'policy-ml-data-governance': 'politique de gouvernance des données d’entraînement ML',
    'policy-transparency-explainability': 'norme de transparence et d’explicabilité des algorithmes',
    'policy-ai-risk-management': 'cadre de gestion des risques liés à l’IA',
  },
  stages: {
    data_collection: 'collecte des données',
    data_preparation: 'préparation des données',
    training: 'entraînement',
    evaluation: 'évaluation',
    model_registry: 'registre de modèles',
    deployment: 'déploiement',
    inference_serving: 'service d’inférence',
    monitoring: 'surveillance',
    third_party_ai: 'IA tierce',
    organisation_wide: 'toute l’organisation',
  },
  componentKinds: {
    data_source: 'source de données',
    labelling: 'étiquetage',
    feature_store: 'feature store',
    training_pipeline: 'pipeline d’entraînement',
    evaluation: 'évaluation',
    model_registry: 'registre de modèles',
    serving_endpoint: 'point de service',
    monitoring: 'surveillance',
    third_party_ai_api: 'API d’IA tierce',
    infrastructure: 'infrastructure',
    other: 'autre',
  },
  serviceTypes: {
    hosted_model_api: 'API de modèle hébergée',
    cloud_ml_platform: 'plateforme ML en nuage',
    labelling_service: 'service d’étiquetage',
    vector_database: 'base de données vectorielle',
    other_ai: 'autre service d’IA',
    other: 'autre service',
  },
  frequencies: {
    continuous: 'continu',
    daily: 'quotidien',
    weekly: 'hebdomadaire',
    monthly: 'mensuel',
    quarterly: 'trimestriel',
    annually: 'annuel',
    per_event: 'par événement',
  },
  units: { periods: 'périodes', days: 'jours' },
  common: { none: 'aucun dans la liste', listSeparator: ', ' },
  gaps: {
    criterion: 'Le critère {criterion} n’a aucun contrôle applicable',
    keyNotImplemented: 'Le contrôle clé {control} n’est pas mis en œuvre',
    keyPartial: 'Le contrôle clé {control} n’est que partiellement mis en œuvre',
    notImplemented: 'Le contrôle {control} n’est pas mis en œuvre',
  },
  remediation: {
    due_after_window_end:
      'Échéance le {dueDate}, après la fin de la période d’observation le {windowEnd} : l’auditeur testera le contrôle tel qu’il était pendant la période.',
    no_due_date: 'Aucune échéance n’est fixée.',
    no_owner: 'Aucun responsable n’est nommé.',
    overdue: 'En retard depuis le {dueDate}.',
  },
  starter: {
    data_source: 'Sources de données d’entraînement',
    labelling: 'Étiquetage des données',
    feature_store: 'Feature store',
    training_pipeline: 'Pipeline d’entraînement des modèles',
    evaluation: 'Évaluation des modèles',
    model_registry: 'Registre de modèles',
    serving_endpoint: 'API d’inférence',
    monitoring: 'Surveillance des modèles',
    third_party_ai_api: 'API de modèles tierces',
    infrastructure: 'Infrastructure en nuage',
  },
  dataFlow: {
    trainingLane: 'Chemin d’entraînement',
    inferenceLane: 'Chemin d’inférence',
    supportingLane: 'Composants de support',
    client: 'Client',
    outOfScope: 'hors périmètre',
    external: 'hors du système',
    emptyLane: 'Aucun composant sur ce chemin pour l’instant',
    legendInScope: 'Dans le périmètre',
    legendOutOfScope: 'Hors périmètre',
  },
};
