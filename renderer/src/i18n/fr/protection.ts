import type en from '../en/protection';
import type { DeepStringRecord } from '../types';

/** Écrans de déverrouillage et de récupération, et Paramètres › Sécurité et Sauvegardes (protection.*). */
const protection: DeepStringRecord<typeof en> = {
  checking: 'Vérification de l’espace de travail…',
  lockedTitle: 'Cet espace de travail est chiffré',
  lockedIdle: 'Il s’est verrouillé après {{count}} minutes d’inactivité. Saisissez la phrase secrète pour continuer.',
  lockedManual: 'Il a été verrouillé. Saisissez la phrase secrète pour continuer.',
  lockedStartup: 'Saisissez sa phrase secrète pour l’ouvrir.',
  passphrase: 'Phrase secrète',
  unlock: 'Déverrouiller',
  unlocking: 'Déverrouillage…',
  remember: 'Mémoriser sur cette machine',
  rememberHint:
    'Conservée chiffrée par le coffre de secrets de votre système d’exploitation, pour ce compte utilisateur uniquement.',
  rememberUnavailable:
    'Cette machine n’a pas de coffre de secrets utilisable par Fieldwork : la phrase secrète ne peut pas y être mémorisée.',
  unlockRemembered: 'Déverrouiller avec la phrase secrète mémorisée',
  passphraseRequired: 'Saisissez la phrase secrète.',
  openAnother: 'Ouvrir un autre espace de travail…',
  damagedTitle: 'Cet espace de travail est endommagé',
  damagedLead:
    'Fieldwork a détecté un problème dans le fichier de l’espace de travail et s’est arrêté avant toute modification. Rien n’a été supprimé. Vous pouvez rétablir la dernière sauvegarde saine (le fichier endommagé est conservé à côté des sauvegardes), ou ouvrir un autre espace de travail.',
  damagedDetail: 'Ce qui a été détecté',
  latestBackup: 'Dernière sauvegarde : {{date}}, {{size}}',
  noBackup:
    'Il n’existe encore aucune sauvegarde de cet espace de travail. Ouvrez un autre espace de travail, ou copiez le fichier en lieu sûr et demandez de l’aide.',
  restoreLatest: 'Rétablir la dernière sauvegarde saine',
  restoring: 'Restauration…',
  securityTitle: 'Sécurité',
  encryptedState: 'Chiffré',
  plainState: 'Non chiffré',
  encryptedExplain:
    'L’espace de travail, ses fichiers de preuve et ses sauvegardes sont chiffrés avec votre phrase secrète (SQLCipher 4 pour la base de données, AES-256-GCM pour les preuves). Sans la phrase secrète, ils ne peuvent être ni lus ni récupérés.',
  plainExplain:
    'Quiconque peut lire ce fichier peut lire l’évaluation. Chiffrez-le pour le protéger par une phrase secrète ; les fichiers de preuve sont chiffrés aussi.',
  lockNow: 'Verrouiller maintenant',
  idleLock: 'Verrouiller après (minutes d’inactivité)',
  idleLockHint:
    'De {{min}} à {{max}} minutes. Le verrouillage ferme l’espace de travail ; la phrase secrète le rouvre.',
  idleLockPlain: 'Seul un espace de travail chiffré se verrouille de lui-même.',
  saveSettings: 'Enregistrer',
  settingsSaved: 'Enregistré.',
  rememberedHere: 'La phrase secrète est mémorisée sur cette machine.',
  forget: 'L’oublier',
  forgotten: 'La phrase secrète n’est plus mémorisée sur cette machine.',
  changeTitle: 'Changer la phrase secrète',
  currentPassphrase: 'Phrase secrète actuelle',
  newPassphrase: 'Nouvelle phrase secrète',
  confirmPassphrase: 'Nouvelle phrase secrète, à nouveau',
  newPassphraseHint:
    'Au moins 8 caractères. Quelques mots sans rapport entre eux se retiennent mieux que des symboles.',
  mismatch: 'Les deux phrases secrètes diffèrent.',
  change: 'Changer la phrase secrète',
  changing: 'Changement…',
  changed:
    'La phrase secrète a été changée. Les sauvegardes antérieures ne s’ouvrent qu’avec l’ancienne phrase secrète.',
  encryptTitle: 'Chiffrer cet espace de travail',
  encrypt: 'Chiffrer cet espace de travail',
  encrypting: 'Chiffrement…',
  encryptWarning:
    'Notez la phrase secrète en lieu sûr : si elle est perdue, personne ne pourra ouvrir l’espace de travail.',
  encrypted:
    'L’espace de travail est chiffré. L’original non chiffré a été conservé dans {{original}} : supprimez-le, ainsi que les sauvegardes antérieures, une fois l’espace chiffré vérifié.',
  encryptedEvidence: 'Les fichiers de preuve non chiffrés ont été déplacés dans {{folder}}.',
  backupsTitle: 'Sauvegardes',
  backupsExplain:
    'Fieldwork sauvegarde l’espace de travail à son ouverture et toutes les {{count}} minutes pendant vos modifications, dans {{dir}}. Il conserve les 10 dernières sauvegardes automatiques et la plus récente de chacun des 7 derniers jours ; les sauvegardes que vous faites vous-même ne sont jamais supprimées.',
  interval: 'Sauvegarde automatique toutes les (minutes)',
  intervalHint: 'De {{min}} à {{max}} minutes ; seulement si quelque chose a changé.',
  backupNow: 'Sauvegarder maintenant',
  backingUp: 'Sauvegarde…',
  backedUp: 'Sauvegarde écrite : {{name}}',
  lastError: 'La dernière sauvegarde automatique a échoué : {{message}}',
  noBackups: 'Aucune sauvegarde pour l’instant. Une sauvegarde est écrite à chaque ouverture de l’espace de travail.',
  listLabel: 'Sauvegardes de cet espace de travail, les plus récentes en premier',
  colTaken: 'Faite le',
  colKind: 'Type',
  colSize: 'Taille',
  colEncrypted: 'Chiffrée',
  colAction: 'Action',
  yes: 'Oui',
  no: 'Non',
  restore: 'Rétablir…',
  restoreTitle: 'Rétablir la sauvegarde du {{date}} ?',
  restoreExplain:
    'L’espace de travail revient à son état de ce moment-là. Son état actuel est d’abord sauvegardé : rien n’est perdu, et vous pourrez rétablir cette copie plus tard.',
  restoreEvidenceNote:
    'Les fichiers de preuve sont conservés par contenu et ne font pas partie des sauvegardes ; les preuves retirées depuis peuvent apparaître comme manquantes.',
  restoreConfirm: 'Rétablir cette sauvegarde',
  cancel: 'Annuler',
  restored: 'Sauvegarde du {{date}} rétablie. L’état précédent a été conservé sous {{preserved}}.',
  kind: {
    auto: 'Automatique',
    manual: 'Faite par vous',
    'before-restore': 'Avant une restauration',
    'before-passphrase-change': 'Avant un changement de phrase secrète',
    damaged: 'Copie endommagée (conservée)',
  },
  size: '{{value, number}} Kio',
};

export default protection;
