import type en from '../en/ai-boundary';
import type { DeepStringRecord } from '../types';

/** Champ et périmètre : les composants du système et le schéma des flux de données. */
const boundary: DeepStringRecord<typeof en> = {
  intro:
    'Ce que couvre cette revue, et le périmètre du système tracé par la description du système : les composants IA/ML, des sources de données aux points de service d’inférence, et les services d’IA tiers entre les deux.',
  title: 'Périmètre du système',
  help: 'Chaque composant est dans le périmètre ou hors périmètre (hors périmètre exige une raison). Les contrôles rattachés à un composant, ou de son étape du pipeline, le couvrent ; un composant du périmètre que rien ne couvre est un constat.',
  addStarter: 'Ajouter la liste de départ',
  add: 'Ajouter un composant',
  empty:
    'Aucun composant n’est encore enregistré. Les auditeurs et les clients attendent que le périmètre comprenne le pipeline d’entraînement, le service des modèles et les API d’IA tierces utilisées.',
  emptyNext:
    'Commencez par la liste de départ — un composant par étape IA/ML plus l’infrastructure cloud, rattachés aux contrôles de leur étape — puis renommez, supprimez ou sortez du périmètre ce qui ne s’applique pas.',
  starterNone: 'Le périmètre contient déjà un composant de chaque nature de départ ; rien n’a été ajouté.',
  starterAdded_one: '{{count}} composant de départ ajouté.',
  starterAdded_other: '{{count}} composants de départ ajoutés.',
  saved: '« {{name}} » enregistré.',
  deleted: '« {{name}} » supprimé.',
  deleteTitle: 'Supprimer « {{name}} » ?',
  deleteBody:
    'Le composant quitte le périmètre du système et le schéma des flux de données. Les contrôles qui lui sont rattachés restent dans la liste de contrôle.',
  gone: 'Ce composant ne fait plus partie du périmètre.',
  inScope: 'Inclus',
  outOfScope: 'Hors périmètre',
  noOwner: 'Non désigné',
  noControls: 'Aucun rattaché',
  moreControls_one: '+{{count}} autre',
  moreControls_other: '+{{count}} autres',
  training: 'Entraînement',
  inference: 'Inférence',
  supporting: 'Support',
  editLabel: 'Modifier {{name}}',
  deleteLabel: 'Supprimer {{name}}',
  col: {
    kind: 'Nature',
    name: 'Composant',
    scope: 'Périmètre',
    owner: 'Responsable',
    data: 'Données traitées',
    controls: 'Contrôles couvrants',
    paths: 'Chemin',
  },
  editor: {
    addTitle: 'Ajouter un composant au périmètre',
    editTitle: 'Modifier « {{name}} »',
    kind: 'Nature',
    name: 'Nom',
    nameRequired: 'Donnez un nom au composant.',
    owner: 'Responsable',
    ownerHint: 'La personne qui répond de ce composant.',
    scope: 'Périmètre du système',
    inScope: 'Dans le périmètre du système',
    reason: 'Pourquoi il est hors périmètre',
    reasonHint: 'L’auditeur et la description du système ont besoin de la raison.',
    reasonRequired: 'Indiquez pourquoi ce composant est hors du périmètre du système.',
    data: 'Données qu’il traite',
    paths: 'Flux de données',
    onTrainingPath: 'Sur le chemin d’entraînement',
    onInferencePath: 'Sur le chemin d’inférence',
    pathsHint:
      'Où le composant est placé dans le schéma des flux de données ; s’il n’est sur aucun chemin, c’est un composant de support.',
    controls: 'Contrôles couvrants',
    controlsHint:
      'Les contrôles de la liste qui couvrent ce composant ; les contrôles de son étape du pipeline comptent aussi',
    notes: 'Notes',
    failed: 'Le composant n’a pas été enregistré : {{message}}',
    add: 'Ajouter le composant',
  },
  flow: {
    title: 'Flux de données : chemins d’entraînement et d’inférence',
    help: 'Tracé à partir des composants ci-dessus, de la même façon que dans le rapport PDF. Les composants hors périmètre sont en tirets gris ; le client, hors du système, est en pointillés.',
    caption:
      'Le chemin d’entraînement va des sources de données au registre de modèles ; le chemin d’inférence va du client au point de service, aux API d’IA tierces et à la surveillance.',
    asText: 'Le schéma sous forme de texte',
  },
};

export default boundary;
