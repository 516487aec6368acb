import type en from '../en/ai-common';
import type { DeepStringRecord } from '../types';

/** Textes partagés par les écrans de préparation IA (périmètre, fournisseurs, constats, responsables, remédiation). */
const common: DeepStringRecord<typeof en> = {
  severity: { critical: 'Critique', high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
  data: { personal: 'Personnelles', confidential: 'Confidentielles', customer: 'Clients' },
  dataNone: 'Aucune renseignée',
  recordsLabel: 'Enregistrements concernés',
  record: {
    assessment: 'Champ et périmètre',
    controlType: 'Contrôle',
    criterionType: 'Critère',
    vendorType: 'Fournisseur',
    componentType: 'Composant',
    assessmentType: 'Évaluation',
  },
  openRecord: {
    control: 'Ouvrir le contrôle {{name}} dans la liste de contrôle',
    criterion: 'Afficher le critère {{name}} dans la liste de contrôle',
    vendor: 'Ouvrir le fournisseur {{name}}',
    component: 'Ouvrir le composant du périmètre {{name}}',
    assessment: 'Ouvrir le champ et le périmètre',
  },
  picker: {
    chosen_one: '{{count}} choisi',
    chosen_other: '{{count}} choisis',
    chosenLabel: 'Contrôles choisis',
    remove: 'Retirer {{id}}',
    search: 'Filtrer les contrôles par identifiant ou intitulé',
    noMatch: 'Aucun contrôle ne correspond à « {{query}} ».',
  },
  save: 'Enregistrer',
  cancel: 'Annuler',
  edit: 'Modifier',
  delete: 'Supprimer',
  remove: 'Retirer',
  actions: 'Actions',
  loading: 'Chargement…',
  loadFailed: 'Le chargement a échoué : {{message}}',
  fixErrors_one: 'Corrigez le champ signalé pour enregistrer.',
  fixErrors_other: 'Corrigez les {{count}} champs signalés pour enregistrer.',
};

export default common;
