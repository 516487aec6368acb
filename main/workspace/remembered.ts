import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * The operating system's secret store as Electron's safeStorage offers it (Keychain on macOS, DPAPI on
 * Windows, the desktop's keyring on Linux). Electron's is wired in main/electron-safe-storage.ts.
 */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

interface RememberedFile {
  version: 1;
  /** Absolute workspace path → passphrase encrypted by safeStorage, base64. */
  workspaces: Record<string, string>;
}

const MAX_FILE_BYTES = 1_000_000;

/**
 * "Remember on this machine": passphrases encrypted by the OS secret store, in one small file in the
 * user-data folder, keyed by the workspace's absolute path. The file never holds a passphrase in clear;
 * without the OS store (or when it cannot decrypt, e.g. another user account) nothing is remembered.
 */
export class RememberedPassphrases {
  constructor(
    private readonly file: string,
    private readonly port: SafeStoragePort | null,
  ) {}

  available(): boolean {
    try {
      return this.port?.isEncryptionAvailable() ?? false;
    } catch {
      return false;
    }
  }

  private read(): RememberedFile {
    try {
      const text = readFileSync(this.file, 'utf8');
      if (text.length > MAX_FILE_BYTES) return { version: 1, workspaces: {} };
      const parsed = JSON.parse(text) as Partial<RememberedFile>;
      if (parsed.version !== 1 || typeof parsed.workspaces !== 'object' || parsed.workspaces === null)
        return { version: 1, workspaces: {} };
      const workspaces: Record<string, string> = {};
      for (const [path, value] of Object.entries(parsed.workspaces))
        if (typeof value === 'string') workspaces[path] = value;
      return { version: 1, workspaces };
    } catch {
      return { version: 1, workspaces: {} };
    }
  }

  private write(content: RememberedFile): void {
    writeFileAtomic(this.file, Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8'));
  }

  has(workspacePath: string): boolean {
    return this.available() && resolve(workspacePath) in this.read().workspaces;
  }

  /** The remembered passphrase, or null (none, or the OS store cannot decrypt it any more). */
  get(workspacePath: string): string | null {
    if (!this.port || !this.available()) return null;
    const value = this.read().workspaces[resolve(workspacePath)];
    if (value === undefined) return null;
    try {
      return this.port.decryptString(Buffer.from(value, 'base64'));
    } catch {
      return null;
    }
  }

  remember(workspacePath: string, passphrase: string): void {
    if (!this.port || !this.available()) return;
    const content = this.read();
    content.workspaces[resolve(workspacePath)] = this.port.encryptString(passphrase).toString('base64');
    this.write(content);
  }

  forget(workspacePath: string): void {
    const content = this.read();
    const key = resolve(workspacePath);
    if (!(key in content.workspaces)) return;
    delete content.workspaces[key];
    this.write(content);
  }
}
