import type en from '../en/vocabulary';
import type { DeepStringRecord } from '../types';

/** Les noms des valeurs du domaine : catégories, types de rapport, statuts, fonctions, étapes, fréquences, types de contrôle, natures de preuve, méthodes de test. */
const vocabulary: DeepStringRecord<typeof en> = {
  category: {
    security: 'Sécurité',
    availability: 'Disponibilité',
    'processing-integrity': 'Intégrité du traitement',
    confidentiality: 'Confidentialité',
    privacy: 'Protection des données personnelles',
    overall: 'Global',
  },
  categoryShort: {
    security: 'Sécurité (CC)',
    availability: 'Disponibilité (A)',
    'processing-integrity': 'Intégrité du traitement (PI)',
    confidentiality: 'Confidentialité (C)',
    privacy: 'Protection des données personnelles (P)',
  },
  reportType: {
    I: 'Type I',
    II: 'Type II',
  },
  status: {
    not_assessed: 'Non évalué',
    not_implemented: 'Non mis en œuvre',
    partial: 'Partiel',
    implemented: 'Mis en œuvre',
    not_applicable: 'S.O.',
  },
  statusLong: {
    not_assessed: 'Non évalué',
    not_implemented: 'Non mis en œuvre',
    partial: 'Partiellement mis en œuvre',
    implemented: 'Mis en œuvre',
    not_applicable: 'Sans objet',
  },
  ownerFunction: {
    engineering: 'Ingénierie',
    data_science: 'Science des données',
    security: 'Sécurité',
    compliance: 'Conformité',
    legal: 'Juridique',
    product: 'Produit',
    other: 'Autre',
    none: 'Aucune fonction',
  },
  stage: {
    data_collection: 'Collecte des données',
    data_preparation: 'Préparation des données',
    training: 'Entraînement',
    evaluation: 'Évaluation des modèles',
    model_registry: 'Registre de modèles',
    deployment: 'Déploiement',
    inference_serving: 'Service d’inférence',
    monitoring: 'Surveillance',
    third_party_ai: 'IA tierce',
    organisation_wide: 'Toute l’organisation',
  },
  frequency: {
    continuous: 'Continue',
    daily: 'Quotidienne',
    weekly: 'Hebdomadaire',
    monthly: 'Mensuelle',
    quarterly: 'Trimestrielle',
    annually: 'Annuelle',
    per_event: 'Par événement',
  },
  controlType: {
    preventive: 'Préventif',
    detective: 'Détectif',
    corrective: 'Correctif',
  },
  evidenceKind: {
    log_export: 'Export de journaux continu',
    system_report: 'Rapport généré par un système',
    config_export: 'Export de configuration',
    ticket: 'Ticket / approbation',
    policy: 'Document de politique',
    screenshot: 'Capture d’écran',
  },
  testMethod: {
    inquiry: 'Entretien',
    inspection: 'Inspection',
    observation: 'Observation',
    reperformance: 'Réexécution',
  },
};

export default vocabulary;
