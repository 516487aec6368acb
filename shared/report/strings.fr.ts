import { methodStringsFr } from './strings-method.fr';
import { recordStringsFr } from './strings-records.fr';
import type { coreStringsEn, ReportStrings, StringsLike } from './strings.en';

/**
 * Les textes du rapport de préparation en français, mêmes clés que l’anglais (une clé manquante ne compile
 * pas). Terminologie : le glossaire de shared/guides/ui-and-language.md ; espaces insécables (U+00A0) avant
 * « : ; ? ! », comme l’exige la typographie française.
 */
const coreStringsFr: StringsLike<typeof coreStringsEn> = {
  'meta.title': 'Rapport de préparation SOC 2 : {organisation}, {system}',
  'meta.subject': 'Revue de préparation interne SOC 2 de {system}, {reportType}',
  'meta.keywords': 'SOC 2, critères des services de confiance, revue de préparation, IA, apprentissage automatique',

  'header.text': '{organisation} · {system} · Rapport de préparation SOC 2',
  'footer.text': 'Évaluation {id} · Générée le {generated}',
  'footer.page': 'Page {page} sur {pages}',
  'datetime.utc': '{date} à {time} UTC',
  'watermark.text': 'CONFIDENTIEL',
  'toc.title': 'Sommaire',
  'heading.numbered': '{number}  {title}',
  'heading.appendix': 'Annexe {letter}  {title}',

  'cover.kicker': 'Revue de préparation interne SOC 2',
  'cover.title': 'Rapport de préparation',
  'cover.titleSummary': 'Rapport de préparation : synthèse pour la direction',
  'cover.organisation': 'Organisation',
  'cover.system': 'Système',
  'cover.reportType': 'Type de rapport',
  'cover.window': 'Période d’observation',
  'cover.reviewDate': 'Date de la revue du jour 60',
  'cover.assessors': 'Évaluateurs',
  'cover.generated': 'Généré le',
  'cover.catalogVersion': 'Version du catalogue de contrôles',
  'cover.appVersion': 'Version de Fieldwork',
  'cover.assessmentId': 'Identifiant de l’évaluation',
  'cover.verdict': 'Verdict de préparation',
  'cover.windowRange': 'Du {start} au {end}',
  'cover.windowOpenEnded': 'À partir du {start} (date de fin non fixée)',
  'cover.windowTypeOne': 'Aucune (un rapport de type I teste la conception à une date donnée)',
  'cover.notSet': 'Non renseignée',
  'cover.noAssessors': 'Aucun renseigné',
  'cover.unencrypted':
    'Exporté depuis un espace de travail Fieldwork chiffré. Ce PDF n’est pas chiffré : conservez-le et partagez-le avec le même soin que l’espace de travail.',
  'cover.notice':
    'Préparé pour la direction et pour l’échange avec l’auditeur de service. Il s’agit d’une revue de préparation interne : ce n’est pas un rapport SOC 2 et il n’exprime aucune opinion d’audit.',

  'reportTypeShort.I': 'type I',
  'reportTypeShort.II': 'type II',
  'reportType.I': 'Rapport de type I (conception à une date donnée)',
  'reportType.II': 'Rapport de type II (efficacité opérationnelle sur une période)',

  'stat.overallDesign': 'Niveau global, conception',
  'stat.overallOperating': 'Niveau global, efficacité opérationnelle',
  'stat.unaddressed': 'Critères non couverts',
  'stat.unassessed': 'Contrôles non évalués',
  'stat.ofTotal': '{count} sur {total}',

  'summary.heading': 'Synthèse',
  'summary.verdictRule': 'Le verdict suit la règle documentée fieldwork-verdict/1 (annexe méthodologique).',
  'summary.reasonsNotReady': 'Pourquoi l’évaluation n’est pas prête :',
  'summary.reasonsGaps': 'Ce qui sépare cette évaluation de « Prêt pour les travaux d’audit sur site » :',
  'summary.reasonsNone': 'Toutes les conditions de « Prêt pour les travaux d’audit sur site » sont remplies.',
  'summary.measuredAsOf': 'L’efficacité opérationnelle est mesurée au {date}.',
  'summary.trendHeading': 'Évolution depuis le dernier instantané',
  'summary.trendSince': 'Depuis l’instantané « {label} » du {date} :',
  'summary.trendDesign': 'conception : de {from} à {to} ({delta})',
  'summary.trendOperating': 'efficacité opérationnelle : de {from} à {to} ({delta})',
  'summary.trendOperatingNew': 'efficacité opérationnelle : {to} (non mesurée lors de cet instantané)',
  'summary.trendNone':
    'Aucun instantané n’a encore été figé. Figez-en un (l’achèvement de la revue du jour 60 le fait pour le type II) ; les rapports suivants montrent alors l’évolution.',
  'summary.points': '{value} pts',
  'summary.topFiveHeading': 'Les cinq écarts prioritaires',
  'summary.topFiveIntro':
    'Les cinq écarts les mieux classés, un par type de problème lorsque c’est possible (classement décrit en annexe).',
  'summary.topFiveNone': 'Aucun écart ouvert : ni constat, ni critère non couvert, ni contrôle faible.',
  'summary.reviewHeading': 'Revue du jour 60',
  'summary.reviewCompleted':
    'Achevée le {date} (au {asOf}) : {controls} contrôles échantillonnés, {tested} éléments testés sur {items}, {exceptions} exceptions.',
  'summary.reviewOpen':
    'En cours depuis le {date} (au {asOf}) : {tested} éléments d’échantillon testés sur {items} à ce jour, {exceptions} exceptions.',
  'summary.reviewNone': 'Pas encore tenue (prévue le {date}).',
  'summary.reviewNoneNoDate': 'Pas encore tenue.',
  'summary.reviewTypeOne': 'Sans objet : un rapport de type I ne teste que la conception.',
  'summary.conclusions': 'Conclusions : {list}.',
  'summary.remediationHeading': 'Plan de remédiation en bref',
  'summary.remediationCounts':
    '{total} actions au plan de remédiation : {open} ouvertes, {inProgress} en cours, {done} terminées ; {overdue} en retard.',
  'summary.remediationNone': 'Aucune action de remédiation n’est encore enregistrée.',
  'summary.remediationNext': 'Prochaines actions :',

  'verdict.ready': 'Prêt pour les travaux d’audit sur site',
  'verdict.ready_with_gaps': 'Prêt avec des écarts',
  'verdict.not_ready': 'Non prêt',
  'reason.design_below': 'Le niveau de préparation global en conception est de {value}, sous le seuil de {threshold}.',
  'reason.operating_below':
    'Le niveau de préparation global en efficacité opérationnelle est de {value}, sous le seuil de {threshold}.',
  'reason.unaddressed_share_above':
    '{count} critères du périmètre sur {total} ne sont pas couverts, soit plus de {threshold}.',
  'reason.unaddressed_present': '{count} critères du périmètre ne sont pas couverts.',
  'reason.critical_findings_at_least':
    '{count} constats critiques sont ouverts ; à partir de {threshold}, le verdict est « Non prêt ».',
  'reason.critical_findings_present': '{count} constats critiques sont ouverts.',
  'reason.overdue_remediation': '{count} actions de remédiation sont en retard.',

  'scope.heading': 'Champ de la revue et périmètre du système',
  'scope.intro':
    'Cette revue couvre les critères des services de confiance (TSC) des catégories ci-dessous. La sécurité (les critères communs) est toujours dans le périmètre. Un contrôle est dans le périmètre lorsqu’il est associé à au moins un critère du périmètre.',
  'scope.notInScope': 'Hors périmètre : {categories}.',
  'scope.allInScope': 'Les cinq catégories sont dans le périmètre.',
  'scope.totals': '{criteria} critères et {controls} contrôles sont dans le périmètre, dont {key} contrôles clés.',
  'scope.boundaryHeading': 'Périmètre du système',
  'scope.boundaryIntro':
    'Les composants du système d’IA et d’apprentissage automatique, et pour chacun s’il est dans le périmètre de la description du système. Un composant hors périmètre indique pourquoi.',
  'scope.boundaryNone':
    'Aucun périmètre du système n’est encore décrit. Décrivez le pipeline d’entraînement, le service des modèles et les API d’IA tierces avant les travaux d’audit sur site : une description qui les omet est un écart que les clients remarquent.',
  'scope.flowHeading': 'Flux de données : chemin d’entraînement et chemin d’inférence',
  'scope.flowCaption':
    'Cadres pleins : dans le périmètre ; cadres gris en tirets : hors périmètre ; client en pointillés : hors du système.',
  'scope.componentInScope': 'Dans le périmètre',
  'scope.componentOutOfScope': 'Hors périmètre : {reason}',
  'scope.pathTraining': 'Entraînement',
  'scope.pathInference': 'Inférence',
  'scope.pathNeither': 'Support',
  'scope.dataPersonal': 'Personnelles',
  'scope.dataConfidential': 'Confidentielles',
  'scope.dataCustomer': 'Clients',
  'scope.dataNone': 'Aucune renseignée',

  'readiness.heading': 'Niveau de préparation par catégorie et par critère',
  'readiness.chartCaption': 'Niveau de préparation en conception par catégorie, en pourcentage',
  'readiness.chartCaptionOperating':
    'Niveau de préparation en conception et en efficacité opérationnelle par catégorie, en pourcentage',
  'readiness.tableCaption': 'Niveau de préparation par catégorie',
  'readiness.statusCaption': 'Contrôles par statut',
  'readiness.operatingPending':
    'L’efficacité opérationnelle est mesurée dès que les preuves sont suivies. D’ici là, ce rapport ne montre que la conception.',
  'readiness.designOnlyTypeOne':
    'Un rapport de type I teste la conception des contrôles ; ce rapport montre le niveau de préparation en conception.',
  'readiness.countingNote':
    'Un contrôle associé à des critères de plusieurs catégories est compté dans chacune d’elles ; la ligne « Global » compte chaque contrôle une seule fois.',
  'readiness.trendCaption': 'Niveau de préparation d’un instantané à l’autre, en pourcentage',
  'readiness.trendIntro':
    'Chaque point est un instantané figé ; le dernier point est ce rapport. Traits pleins : conception ; tirets : efficacité opérationnelle ; chaque catégorie a son propre marqueur.',
  'readiness.trendNow': 'Ce rapport',

  'criteria.heading': 'Niveau de préparation par critère',
  'criteria.intro':
    'Chaque critère obtient la moyenne pondérée des contrôles applicables qui lui sont associés (les contrôles clés comptent double) ; les contrôles non applicables sont exclus. Un critère sans contrôle applicable obtient 0 % et est marqué « Non couvert ». Les barres montrent la conception (en haut) et l’efficacité opérationnelle (en bas).',
  'criteria.groupHeader': '{category} : conception {design}',
  'criteria.groupHeaderOperating': '{category} : conception {design}, efficacité opérationnelle {operating}',

  'col.category': 'Catégorie',
  'col.design': 'Conception',
  'col.operating': 'Efficacité opérationnelle',
  'col.designShort': 'Conception',
  'col.operatingShort': 'Efficacité',
  'col.criteria': 'Critères',
  'col.unaddressed': 'Non couverts',
  'col.controls': 'Contrôles',
  'col.total': 'Total',
  'col.id': 'ID',
  'col.criterion': 'Critère',
  'col.applicableControls': 'Contrôles',
  'col.note': 'Remarque',
  'col.chart': 'Conception / efficacité',
  'col.control': 'Contrôle',
  'col.title': 'Intitulé',
  'col.status': 'Statut',
  'col.key': 'Clé',
  'col.owner': 'Responsable',
  'col.component': 'Composant',
  'col.kind': 'Type',
  'col.scope': 'Périmètre',
  'col.paths': 'Chemins',
  'col.data': 'Données',
  'col.rank': 'Rang',
  'col.severity': 'Gravité',
  'col.gap': 'Écart',
  'col.score': 'Score',
  'col.mappedCriteria': 'Critères : {criteria}',

  'marker.unaddressed': 'Non couvert',
  'key.yes': 'Clé',
  'key.no': 'Non',
  'owner.unassigned': 'Non attribué',
  'owner.nameAndFunction': '{name} ({function})',
  'owner.functionOnly': 'Non attribué ({function})',
  'common.none': 'Aucun',
  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.dash': '—',
  'common.listSeparator': ', ',

  'status.not_assessed': 'Non évalué',
  'status.not_implemented': 'Non mis en œuvre',
  'status.partial': 'Partiel',
  'status.implemented': 'Mis en œuvre',
  'status.not_applicable': 'Non applicable',

  'category.security': 'Sécurité',
  'category.availability': 'Disponibilité',
  'category.processing-integrity': 'Intégrité du traitement',
  'category.confidentiality': 'Confidentialité',
  'category.privacy': 'Protection des données personnelles',
  'category.overall': 'Global',

  'ownerFunction.engineering': 'Ingénierie',
  'ownerFunction.data_science': 'Science des données',
  'ownerFunction.security': 'Sécurité',
  'ownerFunction.compliance': 'Conformité',
  'ownerFunction.legal': 'Juridique',
  'ownerFunction.product': 'Produit',
  'ownerFunction.other': 'Autre',
};

/** French typography: a no-break space before « : ; ? ! » and inside « », so they never start a line. */
function frenchSpacing(strings: ReportStrings): ReportStrings {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(strings)) {
    out[key] = text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  }
  return out as ReportStrings;
}

export const reportStringsFr: ReportStrings = frenchSpacing({
  ...coreStringsFr,
  ...recordStringsFr,
  ...methodStringsFr,
});
