import type en from '../en/ai-remediation';
import type { DeepStringRecord } from '../types';

/** Remédiation : le plan des corrections, avec responsables, échéances et le lien au niveau de préparation. */
const remediation: DeepStringRecord<typeof en> = {
  title: 'Remédiation',
  intro:
    'Chaque écart transformé en correction attribuée et datée, à réaliser avant la fin de la période d’observation. Clore une action peut marquer ses contrôles liés comme mis en œuvre, et le niveau de préparation évolue aussitôt.',
  add: 'Ajouter une action',
  emptyTitle: 'Le plan est vide',
  empty:
    'Créez des actions depuis la page Constats et écarts (« Créer une action de remédiation » sur un constat ou un écart), ou ajoutez-en une ici. Donnez à chacune un responsable et une échéance antérieure aux travaux d’audit sur site.',
  saved: 'Enregistré.',
  closed: 'Action close.',
  closedApplied: 'Action close et ses contrôles liés marqués mis en œuvre ; le niveau de préparation est mis à jour.',
  deleted: 'Action supprimée.',
  deleteTitle: 'Supprimer cette action ?',
  deleteBody: '« {{action}} » quitte le plan. Les contrôles qu’elle lie conservent leur état.',
  noOwner: 'Aucun responsable',
  noDue: 'Aucune échéance',
  overdue: 'En retard',
  finding: 'Constat {{id}}',
  editLabel: 'Modifier « {{action}} »',
  closeLabel: 'Clore « {{action}} »',
  deleteLabel: 'Supprimer « {{action}} »',
  closeItem: 'Clore…',
  col: { action: 'Action', owner: 'Responsable', due: 'Échéance', priority: 'Priorité', status: 'Statut' },
  status: { open: 'Ouverte', in_progress: 'En cours', done: 'Terminée' },
  facts: { open: 'Actions ouvertes', overdue: 'En retard', done: 'Terminées' },
  close: {
    title: 'Clore cette action',
    apply_one: 'Marquer aussi le contrôle lié comme mis en œuvre ({{ids}})',
    apply_other: 'Marquer aussi les {{count}} contrôles liés comme mis en œuvre ({{ids}})',
    applyHelp:
      'Leur état change dans la liste de contrôle en même temps que la clôture, ce qui fait évoluer le niveau de préparation. Rouvrir l’action ne les rétablit pas.',
    noControls: 'Aucun contrôle n’est lié : le niveau de préparation ne change pas.',
    confirm: 'Clore l’action',
  },
  editor: {
    addTitle: 'Nouvelle action de remédiation',
    editTitle: 'Modifier l’action de remédiation',
    action: 'Action',
    actionRequired: 'Indiquez ce qui sera fait.',
    owner: 'Responsable',
    ownerFunction: 'Fonction du responsable',
    dueDate: 'Échéance',
    dueHint: 'Avant la fin de la période d’observation, le {{date}}.',
    dueHintNoWindow: 'Avant les travaux d’audit sur site.',
    priority: 'Priorité',
    status: 'Statut',
    controls: 'Contrôles liés',
    controlsHint: 'Les contrôles que cette action corrige',
    findings: 'Constats liés',
    findingsHint_one: '{{count}} lié',
    findingsHint_other: '{{count}} liés',
    noFindings: 'Aucun constat actuel à lier.',
    findingGone: 'n’est plus un constat actuel',
    notes: 'Notes',
    failed: 'L’action n’a pas été enregistrée : {{message}}',
    add: 'Ajouter au plan',
  },
};

export default remediation;
