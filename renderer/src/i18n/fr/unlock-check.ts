import type en from '../en/unlock-check';
import type { DeepStringRecord } from '../types';

/** Ce que l’écran de déverrouillage a trouvé quand une phrase secrète n’ouvre pas l’espace de travail (unlockCheck.*). */
const unlockCheck: DeepStringRecord<typeof en> = {
  damagedTitle: 'La phrase secrète est la bonne : le fichier de l’espace de travail est endommagé',
  damaged:
    'Cette phrase secrète ouvre la sauvegarde du {{date}}, mais pas le fichier de l’espace de travail : l’espace de travail semble endommagé.',
  damagedNext:
    'Rien n’a été modifié. L’écran de récupération rétablit la dernière sauvegarde saine ; le fichier endommagé est conservé à côté des sauvegardes.',
  toRecovery: 'Aller à la récupération',
  wrong:
    'Cette phrase secrète n’ouvre pas {{path}}. Vérifiez-la (les majuscules comptent) et réessayez ; rien n’a été modifié.',
  hintTried_one:
    'Un fichier d’espace de travail endommagé donne ce même message. Sa sauvegarde dans {{dir}} ne s’ouvre pas non plus avec cette phrase secrète : elle est donc très probablement mal saisie.',
  hintTried_other:
    'Un fichier d’espace de travail endommagé donne ce même message. Aucune de ses {{count}} sauvegardes les plus récentes dans {{dir}} ne s’ouvre non plus avec cette phrase secrète : elle est donc très probablement mal saisie.',
  hintNoBackup:
    'Un fichier d’espace de travail endommagé donne ce même message. Ses sauvegardes seraient dans {{dir}}, mais il n’y en a encore aucune.',
  earlier:
    'Cette phrase secrète n’ouvre pas {{path}}, mais elle ouvre une sauvegarde plus ancienne (du {{date}}) : c’est très probablement une ancienne phrase secrète. Saisissez la phrase actuelle.',
};

export default unlockCheck;
