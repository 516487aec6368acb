import type en from '../en/ai-ownership';
import type { DeepStringRecord } from '../types';

/** La matrice des responsables : étape du pipeline × fonction du responsable, en carte de chaleur, et ses alertes. */
const ownership: DeepStringRecord<typeof en> = {
  title: 'Matrice des responsables',
  help: 'Combien de contrôles applicables du périmètre chaque fonction détient à chaque étape du pipeline (les contrôles sans objet ne sont pas comptés). Plus la case est foncée, plus il y a de contrôles ; choisissez un nombre pour voir ces contrôles dans la liste de contrôle.',
  caption: 'Contrôles par étape du pipeline et fonction du responsable',
  stage: 'Étape du pipeline',
  owners: 'Responsables désignés',
  unowned: 'Sans responsable',
  noFunction: 'Désigné, sans fonction',
  none: 'aucun',
  stageCounts_one: '{{count}} contrôle · {{ai}} IA',
  stageCounts_other: '{{count}} contrôles · {{ai}} IA',
  cellLabel: '{{count}} contrôles à l’étape {{stage}} : {{column}} — les afficher dans la liste de contrôle',
  noNamedOwner: 'Personne de désigné',
  legend: 'Contrôles par case :',
  legendUnowned: 'Sans responsable :',
  empty: 'Aucun contrôle dans le périmètre pour l’instant : il n’y a pas de responsables à montrer.',
  flagsTitle_one: 'Alerte sur les responsables ({{count}})',
  flagsTitle_other: 'Alertes sur les responsables ({{count}})',
  noFlags:
    'Chaque étape a un responsable désigné, chaque contrôle aussi, et les étapes IA impliquent la conformité ou le juridique.',
  flag: {
    stage_without_owner: 'Étape sans responsable',
    engineering_only_stage: 'Ingénierie seule',
    control_without_owner: 'Contrôles sans responsable',
  },
  flagText: {
    stage_without_owner_one: '{{stage}} : son unique contrôle n’a pas de responsable désigné.',
    stage_without_owner_other: '{{stage}} : aucun de ses {{count}} contrôles n’a de responsable désigné.',
    engineering_only_stage_one:
      '{{stage}} : son contrôle IA n’a pour responsable que l’ingénierie ou la science des données, et personne de la conformité ou du juridique ne détient de contrôle à cette étape.',
    engineering_only_stage_other:
      '{{stage}} : ses {{count}} contrôles IA n’ont pour responsables que l’ingénierie ou la science des données, et personne de la conformité ou du juridique ne détient de contrôle à cette étape.',
    control_without_owner_one: '{{stage}} : {{count}} contrôle n’a pas de responsable désigné.',
    control_without_owner_other: '{{stage}} : {{count}} contrôles n’ont pas de responsable désigné.',
  },
};

export default ownership;
