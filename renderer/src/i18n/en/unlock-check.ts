/**
 * English strings of what the unlock screen found when a passphrase did not open the workspace, and of the
 * recovery screen when that was a damaged file (unlockCheck.*).
 */
const unlockCheck = {
  damagedTitle: 'The passphrase is right: the workspace file is damaged',
  damaged: 'This passphrase opens the backup of {{date}}, but not the workspace file: the workspace looks damaged.',
  damagedNext:
    'Nothing was changed. The recovery screen puts back the latest good backup; the damaged file is kept beside the backups.',
  toRecovery: 'Go to recovery',
  wrong: 'That passphrase does not open {{path}}. Check it (letter case counts) and try again; nothing was changed.',
  hintTried_one:
    'A damaged workspace file gives this same message. Its backup in {{dir}} does not open with this passphrase either, so the passphrase is most likely mistyped.',
  hintTried_other:
    'A damaged workspace file gives this same message. None of its {{count}} newest backups in {{dir}} opens with this passphrase either, so the passphrase is most likely mistyped.',
  hintNoBackup:
    'A damaged workspace file gives this same message. Its backups would be in {{dir}}, but there is none yet.',
  earlier:
    'That passphrase does not open {{path}}, but it opens an older backup (of {{date}}): it is most likely an earlier passphrase. Enter the current one.',
};

export default unlockCheck;
