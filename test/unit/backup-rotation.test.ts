import { describe, expect, it } from 'vitest';
import {
  backupNameOf,
  backupsToPrune,
  parseBackupName,
  type BackupKind,
  type BackupName,
} from '../../shared/backups/rotation';

function backup(iso: string, kind: BackupKind = 'auto', seq = 0): BackupName {
  const parsed = parseBackupName(backupNameOf(new Date(iso), kind, seq));
  if (!parsed) throw new Error(`unparsable ${iso}`);
  return parsed;
}

const NOW = new Date('2026-11-22T09:00:00.000Z');

describe('backup names', () => {
  it('encode the UTC instant, a same-millisecond counter and the kind, and parse back', () => {
    expect(backupNameOf(NOW, 'auto')).toBe('2026-11-22T09-00-00-000Z.auto.fwdb');
    expect(backupNameOf(NOW, 'before-restore', 2)).toBe('2026-11-22T09-00-00-000Z-2.before-restore.fwdb');
    expect(parseBackupName('2026-11-22T09-00-00-000Z-2.before-restore.fwdb')).toEqual({
      name: '2026-11-22T09-00-00-000Z-2.before-restore.fwdb',
      createdAt: '2026-11-22T09:00:00.000Z',
      seq: 2,
      kind: 'before-restore',
    });
  });

  it.each([
    'notes.txt',
    '2026-11-22T09-00-00-000Z.auto.fwdb-wal',
    '2026-11-22T09-00-00-000Z.weekly.fwdb',
    '2026-13-40T09-00-00-000Z.auto.fwdb',
    '../2026-11-22T09-00-00-000Z.auto.fwdb',
    '.123-456.partial',
  ])('ignore anything else in the folder: %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});

describe('rotation: the 10 latest automatic backups, plus the newest of each of the last 7 UTC days', () => {
  it('prunes exactly what the rule says (worked by hand)', () => {
    // Today, 22 Nov: twelve half-hourly backups from 03:00 to 08:30.
    const today = Array.from({ length: 12 }, (_, i) => {
      const hour = String(3 + Math.floor(i / 2)).padStart(2, '0');
      return backup(`2026-11-22T${hour}:${i % 2 ? '30' : '00'}:00.000Z`);
    });
    const all = [
      ...today,
      backup('2026-11-21T22:00:00.000Z'),
      backup('2026-11-21T12:00:00.000Z'),
      backup('2026-11-21T01:00:00.000Z'),
      backup('2026-11-20T10:00:00.000Z'),
      backup('2026-11-18T18:00:00.000Z'),
      backup('2026-11-18T06:00:00.000Z'),
      backup('2026-11-16T23:59:59.999Z'), // day −6: the oldest day still covered
      backup('2026-11-15T12:00:00.000Z'), // day −7: outside
      backup('2026-11-01T08:00:00.000Z', 'manual'),
      backup('2026-10-01T08:00:00.000Z', 'before-restore'),
      backup('2026-09-01T08:00:00.000Z', 'damaged'),
      backup('2026-09-02T08:00:00.000Z', 'before-passphrase-change'),
    ];
    // Kept: today 04:00–08:30 (the ten latest), 21 Nov 22:00, 20 Nov 10:00, 18 Nov 18:00, 16 Nov 23:59.
    // Pruned: today 03:00 and 03:30 (today is already kept by its newest), 21 Nov 12:00 and 01:00,
    // 18 Nov 06:00, 15 Nov 12:00; never a manual, before-restore, damaged or before-passphrase-change copy.
    expect(backupsToPrune(all, NOW).sort()).toEqual(
      [
        '2026-11-22T03-00-00-000Z.auto.fwdb',
        '2026-11-22T03-30-00-000Z.auto.fwdb',
        '2026-11-21T12-00-00-000Z.auto.fwdb',
        '2026-11-21T01-00-00-000Z.auto.fwdb',
        '2026-11-18T06-00-00-000Z.auto.fwdb',
        '2026-11-15T12-00-00-000Z.auto.fwdb',
      ].sort(),
    );
  });

  it('keeps old backups while there are no more than ten', () => {
    const old = [
      backup('2026-01-01T00:00:00.000Z'),
      backup('2026-02-01T00:00:00.000Z'),
      backup('2026-03-01T00:00:00.000Z'),
    ];
    expect(backupsToPrune(old, NOW)).toEqual([]);
  });

  it('orders same-millisecond backups by their counter, and keeps backups dated after now', () => {
    const same = Array.from({ length: 12 }, (_, seq) => backup('2026-11-20T10:00:00.000Z', 'auto', seq));
    const future = backup('2026-12-25T00:00:00.000Z');
    // Newest first: the future one, then seq 11 … 0. The ten latest are the future one and seq 11 … 3;
    // 20 Nov's newest is seq 11 (already kept). So seq 2, 1 and 0 go.
    expect(backupsToPrune([...same, future], NOW).sort()).toEqual([
      '2026-11-20T10-00-00-000Z-1.auto.fwdb',
      '2026-11-20T10-00-00-000Z-2.auto.fwdb',
      '2026-11-20T10-00-00-000Z.auto.fwdb',
    ]);
  });
});
