// Runs a command inside a new network namespace with no network at all (`unshare -n`, or `unshare -rn` for a
// non-root user), so any attempt to reach the network fails loudly instead of silently succeeding.
// In CI the namespace is required; elsewhere, when the system cannot create one, it says so and runs as is.
import { spawnSync } from 'node:child_process';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/offline.mjs COMMAND [ARGS...]');
  process.exit(2);
}

function works(flags) {
  return spawnSync('unshare', [...flags, 'true'], { stdio: 'ignore' }).status === 0;
}

const flags = process.platform !== 'linux' ? null : works(['-n']) ? ['-n'] : works(['-rn']) ? ['-rn'] : null;
if (!flags) {
  if (process.env.CI) {
    console.error('offline: cannot create a network namespace (unshare -n); CI requires it.');
    process.exit(1);
  }
  console.error('offline: no network namespace available here; running without network isolation.');
}
const [bin, ...args] = flags ? ['unshare', ...flags, ...command] : command;
const result = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, FIELDWORK_OFFLINE: flags ? '1' : '0' } });
process.exit(result.status ?? 1);
