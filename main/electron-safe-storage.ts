import { safeStorage } from 'electron';
import type { SafeStoragePort } from './workspace/remembered';

/** Electron's safeStorage behind the SafeStoragePort the remember-passphrase logic is tested against. */
export const electronSafeStorage: SafeStoragePort = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  encryptString: (plain) => safeStorage.encryptString(plain),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
};
