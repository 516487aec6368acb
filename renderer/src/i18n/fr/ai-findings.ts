import type en from '../en/ai-findings';
import type { DeepStringRecord } from '../types';

/** Constats et écarts : les constats des règles, les écarts classés et les cinq écarts prioritaires. */
const findings: DeepStringRecord<typeof en> = {
  title: 'Constats et écarts',
  intro:
    'Les règles de Fieldwork recherchent les causes habituelles d’échec d’un audit SOC 2 de type II ou d’une opinion avec réserve dans les entreprises d’IA. Chaque constat explique pourquoi il compte et renvoie aux enregistrements qui l’ont déclenché ; corrigez ces enregistrements, et il disparaît.',
  summary_one: '{{count}} constat ouvert · {{muted}} masqués · {{gaps}} écarts classés · au {{date}}',
  summary_other: '{{count}} constats ouverts · {{muted}} masqués · {{gaps}} écarts classés · au {{date}}',
  openPlan: 'Ouvrir le plan de remédiation',
  addedToPlan: 'Ajouté au plan de remédiation.',
  muted: '{{id}} masqué ; il reste listé ci-dessous avec votre justification.',
  unmuted: '{{id}} est de nouveau ouvert.',
  topFive: {
    title: 'Les cinq écarts prioritaires',
    all: 'Tous les constats et écarts',
    none: 'Aucun écart à classer : toutes les règles sont respectées et tous les contrôles du périmètre sont mis en œuvre.',
  },
  tabsLabel: 'Constats, écarts et responsables',
  tabs: {
    findings: 'Constats ({{count}})',
    gaps: 'Écarts classés ({{count}})',
    ownership: 'Responsables',
  },
  occurrences_one: '{{count}} occurrence',
  occurrences_other: '{{count}} occurrences',
  triggeredBy: 'Déclenché par',
  criteria: 'Critères exposés : {{ids}}',
  mutedOn: 'Masqué le {{date}}. Justification :',
  planned_one: 'Au plan ({{count}} action)',
  planned_other: 'Au plan ({{count}} actions)',
  remediate: 'Créer une action de remédiation',
  mute: 'Masquer…',
  unmute: 'Rétablir',
  openTitle_one: 'Constats ouverts ({{count}})',
  openTitle_other: 'Constats ouverts ({{count}})',
  noneOpen: 'Aucun constat ouvert : aucune des défaillances recherchées n’est présente.',
  mutedTitle_one: 'Constats masqués ({{count}})',
  mutedTitle_other: 'Constats masqués ({{count}})',
  mutedHelp:
    'Un constat masqué est un écart accepté : il sort du classement, mais reste dans la piste d’audit et dans le rapport avec sa justification.',
  noneMuted: 'Aucun constat n’est masqué.',
  muteModal: {
    title: 'Masquer {{id}}',
    help: 'Expliquez pourquoi cet écart est accepté ou ne s’applique pas à ce système. La justification est conservée dans la piste d’audit et imprimée dans le rapport.',
    label: 'Justification',
    required: 'Une justification est obligatoire pour masquer un constat.',
    confirm: 'Masquer le constat',
  },
  gaps: {
    none: 'Aucun écart à classer.',
    rank: 'Rang',
    score: 'Score',
    severity: 'Gravité',
    gap: 'Écart',
    records: 'Enregistrements',
    criteria: 'Critères touchés',
    scoreHelp: 'Poids de gravité × impact sur les critères',
    formula: '{{weight}} × {{impact}}',
    scoreLine: 'Rang {{rank}} sur l’ensemble des écarts · score {{score}} (gravité {{weight}} × impact {{impact}})',
    source: {
      finding: 'Constat d’une règle',
      criterion: 'Critère non couvert',
      control: 'Contrôle faible',
    },
  },
  method: {
    title: 'Comment les écarts sont-ils classés ?',
    intro:
      'La même méthode dans l’application, le rapport et la ligne de commande ({{method}}) : chaque rang peut être recalculé à la main.',
    gaps: 'Les écarts sont : les constats des règles non masqués ; les critères du périmètre sans contrôle applicable qu’aucun constat ne cite déjà ; et les contrôles faibles — contrôles clés non mis en œuvre (élevée) ou seulement partiellement (moyenne), autres contrôles non mis en œuvre (faible). Un contrôle déjà cité par un constat ouvert est représenté par ce constat et n’est pas listé une seconde fois.',
    score:
      'Score = poids de gravité × impact sur les critères. Poids de gravité : critique {{critical}}, élevée {{high}}, moyenne {{medium}}, faible {{low}}. Impact sur les critères = 1 + le nombre de critères distincts du périmètre touchés par l’écart, plafonné à {{max}}, soit de 1 à {{top}}.',
    ties: 'Égalités : la gravité la plus haute d’abord, puis le plus de critères touchés, puis les constats avant les critères avant les contrôles, puis la clé de l’écart dans l’ordre des points de code.',
    topFive:
      'Les cinq prioritaires : parcourir la liste classée et retenir chaque écart dont le groupe (sa règle ; les contrôles faibles forment un seul groupe) n’est pas encore retenu, jusqu’à en avoir {{count}} ; s’il y a moins de groupes, compléter avec les écarts les mieux classés non encore retenus. Les cinq gardent l’ordre du classement.',
    muted: 'Masquer un constat le retire du classement ; il reste listé, avec sa justification.',
  },
};

export default findings;
