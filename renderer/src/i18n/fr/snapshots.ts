import type en from '../en/snapshots';
import type { DeepStringRecord } from '../types';

/** Instantanés : prendre, lister, comparer, et l’évolution du niveau de préparation sur la vue d’ensemble. */
const snapshots: DeepStringRecord<typeof en> = {
  title: 'Instantanés',
  intro:
    'Un instantané fige chaque score, état, couverture et conclusion de revue à une date, en lecture seule pour toujours. L’achèvement d’une revue en prend un ; prenez-en d’autres à la main (une référence, avant les travaux d’audit sur site) pour suivre le niveau de préparation d’une revue à l’autre.',
  label: 'Libellé',
  labelPlaceholder: 'p. ex. Référence',
  labelRequired: 'Donnez un libellé à l’instantané, p. ex. « Référence » ou « Avant audit sur site ».',
  suggest: {
    baseline: 'Référence',
    preFieldwork: 'Avant audit sur site',
  },
  take: 'Prendre un instantané',
  taken: 'Instantané « {{label}} » pris au {{date}}.',
  takeFailed: 'Aucun instantané n’a été pris : {{message}}',
  none: 'Aucun instantané pour l’instant.',
  fromReview: 'revue',
  col: {
    label: 'Libellé',
    asOf: 'Au',
    takenAt: 'Pris le',
    design: 'Conception',
    operating: 'Efficacité opérationnelle',
  },
  compareFrom: 'Comparer',
  compareTo: 'avec',
  compare: 'Afficher les changements',
  diffFailed: 'Les instantanés n’ont pas pu être comparés : {{message}}',
  diff: {
    title: 'Changements de {{from}} à {{to}}',
    side: '« {{label}} » ({{date}})',
    scope: 'Périmètre',
    points: '{{value}} pts',
    added: 'ajouté',
    removed: 'retiré',
    both: '',
    criteria_one: '{{count}} critère modifié',
    criteria_other: '{{count}} critères modifiés',
    noCriteria: 'Aucun critère n’a changé.',
    controls_one: '{{count}} contrôle modifié',
    controls_other: '{{count}} contrôles modifiés',
    noControls: 'Aucun contrôle n’a changé.',
    criterion: 'Critère',
    control: 'Contrôle',
    status: 'État',
    coverage: 'Couverture',
    conclusion: 'Conclusion',
  },
  trend: {
    title: 'Évolution du niveau de préparation',
    help: 'Par catégorie, d’un instantané à l’autre : la conception en traits pleins à points pleins, l’efficacité opérationnelle en tirets à points creux ; chaque catégorie a sa propre forme de point.',
    empty: 'Aucun instantané pour l’instant. Prenez une référence maintenant : l’évolution se dessine à chaque revue.',
    goReview: 'Aller aux instantanés',
    loading: 'Chargement de l’évolution…',
    design: 'conception',
    operating: 'efficacité opérationnelle',
    series: '{{category}} — {{measure}}',
    alt: 'Niveau de préparation d’un instantané à l’autre. {{values}}',
    asTable: 'Afficher les chiffres sous forme de tableau',
    figure: 'Chiffre',
  },
};

export default snapshots;
