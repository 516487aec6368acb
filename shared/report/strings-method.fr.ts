import type { methodStringsEn } from './strings-method.en';
import type { StringsLike } from './strings.en';

/**
 * L’annexe méthodologique en français : traduction fidèle des règles documentées dans le code (les
 * citations anglaises de strings-method.en.ts en sont la version de référence).
 */
export const methodStringsFr: StringsLike<typeof methodStringsEn> = {
  'method.heading': 'Méthodologie',
  'method.intro':
    'Chaque chiffre de ce rapport est calculé par les méthodes ci-dessous, reprises des règles documentées du code qui les applique : notation {scoring}, couverture {coverage}, classement des écarts {ranking}, verdict {verdict}. Elles sont déterministes : le même espace de travail à la même date donne toujours les mêmes chiffres.',

  'method.scoringHeading': 'Niveaux de préparation',
  'method.scoringLead': 'Niveau de préparation d’une évaluation, déterministe et documenté :',
  'method.scoring.1':
    'la valeur de conception d’un contrôle est : mis en œuvre 1, partiel 0,5, non mis en œuvre 0, non évalué 0 ; non applicable exclu ;',
  'method.scoring.2': 'les contrôles clés pèsent 2, les autres 1 ;',
  'method.scoring.3':
    'un critère obtient la moyenne pondérée des contrôles applicables qui lui sont associés, ou 0 (non couvert) s’il n’en a aucun ;',
  'method.scoring.4':
    'une catégorie obtient la moyenne simple de ses critères ; le niveau global est la moyenne simple de tous les critères du périmètre ;',
  'method.scoring.5':
    'type II : la valeur opérationnelle d’un contrôle est conception × couverture des preuves × taux de conformité de l’échantillon de la dernière revue (1 tant qu’aucun de ses éléments n’est testé), moyennée de la même façon.',
  'method.example':
    'Exemple : un critère associé à un contrôle clé mis en œuvre et à un autre contrôle partiellement mis en œuvre obtient (2 × 1 + 1 × 0,5) ÷ (2 + 1) = {result}.',
  'method.rounding':
    'Tous les chiffres sont calculés sans arrondi ; ils ne sont arrondis à une décimale que pour l’affichage, les demis étant arrondis à l’unité supérieure en valeur absolue.',

  'method.coverageHeading': 'Couverture des preuves de type II',
  'method.coverageLead': 'Couverture des preuves de type II d’un contrôle (méthode {method}) :',
  'method.coverage.1':
    'Période écoulée. La couverture est mesurée du début de la période d’observation à la date de mesure, toutes deux incluses. La date de mesure est la date demandée (celle de la revue, ou aujourd’hui), plafonnée à la fin de la période. Avant le début de la période, il n’y a rien à mesurer : couverture 0, rien d’attendu (note not_started).',
  'method.coverage.2':
    'Preuves. Seule la partie de la période [début, fin] d’un élément comprise dans la période écoulée compte ; les éléments entièrement hors de celle-ci sont ignorés (note evidence_outside_window). Une capture d’écran, ou tout élément dont la période dure un jour (début = fin), est ponctuel et ne couvre qu’un jour (pour une capture d’écran : le dernier jour de sa période).',
  'method.coverage.3':
    'Contrôles périodiques. Les périodes sont ancrées au début de la période d’observation : quotidien = chaque jour ; hebdomadaire = blocs de 7 jours ; mensuel = pas d’un mois calendaire à partir du jour de début, ramené à la fin des mois plus courts (une période ouverte le 31 janvier a des périodes commençant le 31 janvier, le 28 ou 29 février, le 31 mars, le 30 avril…) ; trimestriel = pas de 3 mois ; annuel = pas de 12 mois ; une période se termine la veille du début de la suivante. Attendues = les périodes entièrement écoulées à la date de mesure (dernier jour au plus tard ce jour-là) ; s’il n’y en a aucune, la période en cours compte comme celle attendue (note current_period_only). Étayées = les périodes attendues qui partagent au moins un jour avec la période d’un élément de preuve. Couverture = étayées ÷ attendues, au plus 1. Trous = suites de périodes attendues consécutives non étayées, sous forme de plages de dates qui se terminent au plus tard à la date de mesure.',
  'method.coverage.4':
    'Contrôles continus. Couverture = jours de la période écoulée compris dans l’union des périodes des preuves ÷ jours écoulés ; les périodes qui se chevauchent ne comptent qu’une fois. Trous = suites de jours non couverts.',
  'method.coverage.5':
    'Contrôles par événement. Couverture = étayés ÷ population, telle qu’enregistrée pour le contrôle. Population 0 (aucun événement encore) : couverture 1 (note no_occurrences) ; aucune population enregistrée : couverture 0 (note population_not_recorded). Pas de trous ; les dates des preuves n’entrent pas dans le calcul.',
  'method.coverage.6':
    'Preuves uniquement ponctuelles. Un contrôle périodique ou continu dont toutes les preuves comptées sont ponctuelles est signalé « des preuves ponctuelles ne montrent pas le fonctionnement sur la période » (pointInTimeOnly, note point_in_time_only) ; sa couverture suit toujours les règles 3 et 4. Un contrôle sans preuve comptée porte la note no_evidence.',

  'method.samplingHeading': 'Échantillonnage et conclusions de la revue du jour 60',
  'method.sizes':
    'Notre propre convention, inspirée de la pratique courante des auditeurs pour les tests d’efficacité opérationnelle sur une période complète (ce n’est pas une table de l’AICPA) : annuel 1, trimestriel 2, mensuel 2, hebdomadaire 5, quotidien 25, continu 25 (à porter jusqu’à 40 pour les contrôles qui fonctionnent de nombreuses fois par jour) ; par événement, selon la population : 1 à 4, tous ; 5 à 12, 2 ; 13 à 52, 5 ; 53 à 365, 25 ; plus de 365, 40. Un espace de travail peut la modifier (paramètre sample_sizes) ; chaque revue conserve la table qu’elle a utilisée.',
  'method.sizeLead': 'Nombre d’éléments à tester pour un contrôle :',
  'method.size.1':
    'périodique et continu : la taille de la table × jours écoulés ÷ jours de la période, arrondie à l’entier supérieur, au moins 1 (une période sans date de fin n’est pas proratisée : l’échantillon ne peut qu’être plus grand) ;',
  'method.size.2':
    'par événement : la taille de la table pour la population enregistrée à ce jour, qui reflète déjà la période écoulée et n’est donc pas proratisée une seconde fois ;',
  'method.size.3':
    'jamais plus que la population (périodes écoulées, jours écoulés ou événements enregistrés) ; 0 lorsqu’elle vaut 0.',
  'method.draw':
    'Tirage de l’échantillon d’un contrôle, comme un auditeur choisit les occurrences à inspecter : la population est l’ensemble des périodes attendues de la période écoulée (périodique : chacune identifiée par sa date de début, comme dans les règles de couverture), ses jours (continu) ou les événements enregistrés numérotés de 1 à N (par événement) ; la taille vient de la règle ci-dessus ; les éléments sont tirés sans remise avec le générateur initialisé par la graine, puis triés. Même graine et mêmes données : même échantillon.',
  'method.prng':
    'Un petit générateur pseudo-aléatoire bien connu, pour qu’une graine conservée reproduise un échantillon sur n’importe quelle machine, indéfiniment : xmur3 transforme la graine en mots d’état de 32 bits et sfc32 (le Small Fast Counting generator de Chris Doty-Humphrey, issu de PractRand) tire à partir de ceux-ci.',
  'method.seed': 'La revue tenue au {date} a utilisé la graine {seed} et cette table de tailles d’échantillon :',
  'method.sizesTable':
    'annuel {annually}, trimestriel {quarterly}, mensuel {monthly}, hebdomadaire {weekly}, quotidien {daily}, continu {continuous} ; par événement : {perEvent}.',
  'method.band': 'jusqu’à {upTo} : {size}',
  'method.bandOpen': 'au-delà : {size}',
  'method.bandAll': 'tous',
  'method.concludeLead': 'La conclusion d’un contrôle à partir de son échantillon, selon des seuils documentés :',
  'method.conclude.1':
    'aucun élément à échantillonner (rien d’écoulé, aucune population enregistrée, aucune occurrence) : « non échantillonné » ;',
  'method.conclude.2': 'un élément encore non testé : « incomplet » ;',
  'method.conclude.3': 'tous les éléments testés sont conformes : « efficace » ;',
  'method.conclude.4': 'taux d’exception (exceptions ÷ testés) d’au plus 10 % : « exceptions relevées » ;',
  'method.conclude.5': 'au-delà de 10 % : « non efficace ».',
  'method.concludeTail':
    'Le taux de conformité de l’échantillon est conformes ÷ testés ; c’est lui qui entre dans le chiffre opérationnel.',

  'method.rulesHeading': 'Règles de détection des défaillances types',
  'method.rulesLead':
    'Chaque règle détecte une défaillance type des revues de préparation des systèmes d’IA. Un constat a une clé stable (la règle et les éléments qu’il désigne) et ne peut être masqué qu’avec une justification écrite ; les constats masqués restent listés dans ce rapport.',

  'method.rankingHeading': 'Classement des écarts et les cinq écarts prioritaires',
  'method.ranking.1':
    'Les écarts sont (1) les constats des règles qui ne sont pas masqués, (2) les critères du périmètre sans contrôle applicable qu’aucun constat ne désigne déjà, et (3) les contrôles faibles : contrôles clés non mis en œuvre (élevée) ou partiels (moyenne), et autres contrôles non mis en œuvre (faible) ; un contrôle déjà désigné par un constat non masqué est représenté par ce constat et n’est pas listé une seconde fois.',
  'method.ranking.2':
    'score = poids de gravité × impact sur les critères, où le poids de gravité vaut critique 4, élevée 3, moyenne 2, faible 1, et l’impact sur les critères = 1 + min(nombre de critères distincts du périmètre touchés par l’écart, 4), soit de 1 à 5.',
  'method.ranking.3':
    'Égalités : la gravité la plus haute d’abord, puis le plus de critères touchés, puis les constats avant les critères avant les contrôles, puis la clé de l’écart dans l’ordre des points de code.',
  'method.ranking.4':
    'Les cinq prioritaires : parcourir la liste classée et retenir chaque écart dont le groupe (son identifiant de règle ; les contrôles faibles forment un groupe) n’est pas encore retenu, jusqu’à cinq ; s’il existe moins de cinq groupes, compléter avec les écarts les mieux classés non encore retenus. Les cinq prioritaires gardent l’ordre du classement.',

  'method.verdictHeading': 'Verdict de préparation',
  'method.verdictLead':
    'Le verdict de préparation (méthode fieldwork-verdict/1), notre propre règle pratique pour l’échange du jour 60 :',
  'method.verdict.1':
    'Non prêt dès qu’une de ces conditions est vraie : niveau global en conception sous 60 % ; niveau global en efficacité opérationnelle sous 50 % (type II, une fois mesuré) ; plus de 10 % des critères du périmètre non couverts ; trois constats critiques ouverts (non masqués) ou plus.',
  'method.verdict.2':
    'Prêt pour les travaux d’audit sur site lorsque toutes ces conditions sont vraies : niveau global en conception d’au moins 85 % ; niveau global en efficacité opérationnelle d’au moins 75 % (type II, une fois mesuré) ; aucun critère non couvert ; aucun constat critique ouvert ; aucune action de remédiation en retard.',
  'method.verdict.3': 'Prêt avec des écarts dans les autres cas.',
  'method.verdictTail': 'Les chiffres sont comparés sans arrondi ; les motifs listent chaque condition non remplie.',

  'method.stalenessHeading': 'Fiches fournisseurs périmées',
  'method.stalenessLead':
    'Une fiche fournisseur est périmée à une date donnée dès qu’une de ces conditions est vraie :',
  'method.staleness.1': 'aucune date de dernière revue.',
  'method.staleness.2':
    'la date de renouvellement du contrat est passée (au plus tard à la date donnée) et postérieure à la dernière revue.',
  'method.staleness.3':
    'le dernier changement de version de modèle (au plus tard à la date donnée) est postérieur à la dernière revue.',
  'method.staleness.4':
    'un rapport SOC 2 est au dossier, sa période s’est terminée plus de 12 mois calendaires avant la date donnée (fin de période + 12 mois < date donnée ; 12 mois exactement reste à jour), et aucune lettre de liaison datée de la fin de période ou après n’est enregistrée.',
  'method.countingNote':
    'Un contrôle associé à des critères de plusieurs catégories est compté dans chacune d’elles ; la ligne « Global » compte chaque contrôle une seule fois.',
};
