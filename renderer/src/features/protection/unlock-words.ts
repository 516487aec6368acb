import type { TFunction } from 'i18next';
import type { UnlockOutcome } from '../../../../shared/ipc/workspace-contract';
import { formatTaken } from './format';

/**
 * What to tell a person whose passphrase did not open the workspace: the refusal under the field, and a hint
 * below it (a damaged file gives the same refusal; where the backups are). Null for an unlock that opened.
 */
export function unlockRefusal(
  outcome: UnlockOutcome,
  path: string,
  t: TFunction,
  date: (iso: string) => string,
): { error: string; hint: string | null } | null {
  switch (outcome.kind) {
    case 'wrong_passphrase':
      return {
        error: t('unlockCheck.wrong', { path }),
        hint:
          outcome.tried === 0
            ? t('unlockCheck.hintNoBackup', { dir: outcome.backupsDir })
            : t('unlockCheck.hintTried', { count: outcome.tried, dir: outcome.backupsDir }),
      };
    case 'earlier_passphrase':
      return {
        error: t('unlockCheck.earlier', { path, date: formatTaken(outcome.backup.createdAt, date) }),
        hint: null,
      };
    default:
      return null;
  }
}
