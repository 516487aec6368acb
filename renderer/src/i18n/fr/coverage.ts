import type en from '../en/coverage';
import type { DeepStringRecord } from '../types';

/** La section « Preuves et couverture » du panneau d’un contrôle et la frise de couverture (clés sous `coverage.`). */
const coverage: DeepStringRecord<typeof en> = {
  title: 'Preuves et couverture',
  loading: 'Chargement de la couverture…',
  notMeasured:
    'La couverture de la période d’observation est mesurée pour les évaluations de type II dont la période a une date de début.',
  asOf: 'au {{date}}',
  counts: {
    periods: '{{evidenced}} périodes prouvées sur {{expected}} (fréquence {{frequency}})',
    days: '{{evidenced}} jours couverts sur {{expected}}',
    events: '{{evidenced}} événements prouvés sur {{expected}}',
  },
  pointInTimeFlag: 'Une preuve ponctuelle ne montre pas le fonctionnement sur la période.',
  gaps_one: '{{count}} lacune',
  gaps_other: '{{count}} lacunes',
  moreGaps: 'et {{count}} de plus',
  note: {
    not_started: 'La période d’observation n’a pas encore commencé : rien n’est attendu.',
    as_of_capped: 'Mesurée jusqu’à la fin de la période, qui est passée.',
    current_period_only: 'Aucune période n’est encore entièrement écoulée : la période en cours est celle attendue.',
    evidence_outside_window: 'Certaines preuves se situent entièrement hors de la période écoulée et ne comptent pas.',
    no_evidence: 'Aucune preuve ne couvre encore la période écoulée.',
    point_in_time_only: 'Preuves ponctuelles uniquement.',
    no_occurrences: 'Aucun événement n’a encore eu lieu : rien à prouver.',
    population_not_recorded:
      'Aucune population enregistrée : enregistrez les événements survenus jusqu’ici sur la page Preuves.',
  },
  operatingLine:
    'Efficacité opérationnelle {{operating}} = conception {{design}} × couverture {{coverage}} × taux de conformité des échantillons {{pass}}',
  noSample: '100 % (non testé)',
  recordPopulation: 'Enregistrer la population sur la page Preuves',
  linked_one: '{{count}} fichier de preuve',
  linked_other: '{{count}} fichiers de preuve',
  noEvidence: 'Aucune preuve n’étaye encore ce contrôle. Déposez un fichier ici ou ajoutez-en un.',
  addEvidence: 'Ajouter une preuve…',
  method: {
    title: 'Couverture des preuves de type II (méthode {{method}})',
    rule1:
      'Période écoulée. La couverture est mesurée du début de la période à la date de mesure, toutes deux incluses. La date de mesure est la date demandée (celle de la revue, ou aujourd’hui), plafonnée à la fin de la période. Avant le début de la période, il n’y a rien à mesurer : couverture 0, rien d’attendu.',
    rule2:
      'Preuves. Seule la partie de la période [du, au] d’un élément située dans la période écoulée compte ; les éléments entièrement en dehors sont ignorés. Une capture d’écran, ou tout élément dont la période dure un jour (du = au), est ponctuelle et ne couvre qu’un jour (pour une capture d’écran : le dernier jour de sa période).',
    rule3:
      'Contrôles périodiques. Les périodes partent du début de la période d’observation : quotidienne = chaque jour ; hebdomadaire = blocs de 7 jours ; mensuelle = pas d’un mois calendaire depuis le jour de début, ramené à la fin du mois (une période ouverte le 31 janv. a des périodes commençant le 31 janv., le 28 ou 29 févr., le 31 mars, le 30 avr. …) ; trimestrielle = pas de 3 mois ; annuelle = pas de 12 mois ; une période se termine la veille du début de la suivante. Attendues = les périodes entièrement écoulées à la date de mesure (dernier jour à cette date ou avant) ; s’il n’y en a aucune, la période en cours compte comme attendue. Prouvées = les périodes attendues qui partagent au moins un jour avec la période d’un élément de preuve. Couverture = prouvées ÷ attendues, au plus 1. Lacunes = suites de périodes attendues consécutives non prouvées, sous forme de plages de dates se terminant au plus tard à la date de mesure.',
    rule4:
      'Contrôles continus. Couverture = jours de la période écoulée compris dans l’union des périodes des preuves ÷ jours écoulés ; les périodes qui se chevauchent comptent une fois. Lacunes = suites de jours non couverts.',
    rule5:
      'Contrôles par événement. Couverture = prouvés ÷ population, telle qu’enregistrée pour le contrôle. Population 0 (aucun événement encore) → couverture 1 ; aucune population enregistrée → couverture 0. Pas de lacunes ; les dates des preuves n’entrent pas dans le calcul.',
    rule6:
      'Preuves ponctuelles uniquement. Un contrôle périodique ou continu dont toutes les preuves prises en compte sont ponctuelles est signalé « une preuve ponctuelle ne montre pas le fonctionnement sur la période » ; sa couverture suit néanmoins les règles 3 et 4.',
  },
  timeline: {
    summary:
      'Frise de couverture du {{from}} au {{to}} : {{cells}} cases, {{covered}} prouvées, {{partial}} partiellement prouvées, {{gaps}} lacunes.',
    covered: 'Prouvée',
    gap: 'Lacune',
    partial: 'Partiellement prouvée',
  },
};

export default coverage;
