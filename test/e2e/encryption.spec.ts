import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, TEST_NOW, type Fieldwork } from './harness';
import { loadMain } from './support/main-bundle';

/**
 * Encrypted workspaces and backups in the real UI: encrypt from Settings, lock and unlock (wrong passphrase
 * included), the idle lock driven by the injected clock, changing the passphrase, backups and restore, and
 * the recovery screen of a damaged workspace. Screenshots go to test-results/screenshots/ to be looked at.
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const PASS = 'correct horse battery staple';
const MINUTE = 60_000;

/** A full-height shot: the app scrolls inside its main area, so the window grows to the page for the shot. */
async function shot(fieldwork: Fieldwork, name: string): Promise<void> {
  const { page } = fieldwork;
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main.shell-main');
    if (!main) return document.documentElement.scrollHeight;
    return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight);
  });
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 4000) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(size);
}

async function createAssessment(fieldwork: Fieldwork, organisation = 'Acme Vision Ltd') {
  return fieldwork.invoke('assessment:create', {
    organisation,
    systemName: 'Inference API',
    reportType: 'II',
    categories: ['security', 'availability'],
    windowStart: '2026-09-23',
    windowEnd: '2027-03-22',
  });
}

async function openSettings(fieldwork: Fieldwork): Promise<void> {
  await fieldwork.page.getByRole('button', { name: 'Settings & about' }).click();
  await expect(fieldwork.page.getByRole('heading', { name: 'Security' })).toBeVisible();
}

/** Moves the injected clock on by some minutes. */
function advance(fieldwork: Fieldwork, minutes: number): void {
  fieldwork.clock.set(new Date(fieldwork.clock.now().getTime() + minutes * MINUTE).toISOString());
}

const unlocked = (fieldwork: Fieldwork) =>
  fieldwork.page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });

test('encrypt from Settings, lock, a wrong passphrase, unlock', async ({ fieldwork }) => {
  const { page } = fieldwork;
  await createAssessment(fieldwork);
  await fieldwork.open();
  await openSettings(fieldwork);
  const security = page.getByTestId('security-settings');
  await expect(security.getByTestId('encryption-state')).toHaveText('Not encrypted');
  await shot(fieldwork, 'protection-01-settings-plain');

  await security.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await security.getByLabel('New passphrase again').fill('correct horse battery stapler');
  await security.getByRole('button', { name: 'Encrypt this workspace' }).click();
  await expect(security.getByText('The two passphrases differ.')).toBeVisible();
  await security.getByLabel('New passphrase again').fill(PASS);
  await security.getByRole('button', { name: 'Encrypt this workspace' }).click();
  await expect(security.getByTestId('encryption-state')).toHaveText('Encrypted');
  await expect(
    security.getByText(
      /The workspace is encrypted\. The unencrypted original was kept at .*workspace\.unencrypted-.*\.fwdb/,
    ),
  ).toBeVisible();
  expect((await fieldwork.invoke('workspace:status', {})).encrypted).toBe(true);
  await shot(fieldwork, 'protection-02-settings-encrypted');

  await security.getByRole('button', { name: 'Lock now' }).click();
  await page.locator('html[data-app-state="locked"]').waitFor({ state: 'attached' });
  const unlock = page.getByTestId('unlock-screen');
  await expect(unlock.getByRole('heading', { name: 'This workspace is encrypted' })).toBeVisible();
  await expect(unlock.getByText('It was locked. Enter the passphrase to continue.')).toBeVisible();
  await expect(unlock.getByTestId('unlock-path')).toHaveText(fieldwork.workspacePath);
  // Locked means closed: nothing of the workspace is left on screen, and requests are refused.
  await expect(page.getByText('Acme Vision Ltd')).toHaveCount(0);
  await expect(fieldwork.invoke('assessment:list', {})).rejects.toThrow('workspace_locked');
  // The passphrase field has focus, so a person just types.
  await expect(unlock.getByLabel('Passphrase')).toBeFocused();
  await shot(fieldwork, 'protection-03-unlock');

  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByText('Enter the passphrase.')).toBeVisible();
  await page.keyboard.type('Correct horse battery staple');
  await page.keyboard.press('Enter');
  await expect(
    unlock.getByText(
      /That passphrase does not open .* Check it \(letter case counts\) and try again; nothing was changed/,
    ),
  ).toBeVisible();
  // Its one encrypted backup (taken when it was encrypted) was tried too: it does not open, and the hint says
  // where it is.
  await expect(unlock.getByTestId('unlock-hint')).toHaveText(
    `A damaged workspace file gives this same message. Its backup in ${fieldwork.workspacePath}.backups does not open with this passphrase either, so the passphrase is most likely mistyped.`,
  );
  await shot(fieldwork, 'protection-04-wrong-passphrase');

  await unlock.getByLabel('Passphrase').fill(PASS);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await unlocked(fieldwork);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  expect(await fieldwork.cspViolations()).toEqual([]);
});

test('the idle lock follows the injected clock and the setting; activity postpones it', async ({ fieldwork }) => {
  const { page } = fieldwork;
  await createAssessment(fieldwork);
  await fieldwork.invoke('workspace:encrypt', { passphrase: PASS, remember: false });
  await fieldwork.open();
  await expect(page.getByTestId('dashboard')).toBeVisible();

  // 14 minutes: the periodic check (main's 30-second timer) leaves it open.
  advance(fieldwork, 14);
  fieldwork.app.tick();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  // A click counts as activity; 14 more minutes after it, still open.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await expect.poll(() => fieldwork.app.session.currentState).toBe('open');
  advance(fieldwork, 14);
  fieldwork.app.tick();
  expect(fieldwork.app.session.currentState).toBe('open');
  // 15 minutes without activity: locked, and the window shows the unlock screen on its own.
  advance(fieldwork, 1);
  fieldwork.app.tick();
  await page.locator('html[data-app-state="locked"]').waitFor({ state: 'attached' });
  await expect(
    page.getByText('It locked itself after 15 minutes without activity. Enter the passphrase to continue.'),
  ).toBeVisible();
  await shot(fieldwork, 'protection-05-idle-locked');

  await page.getByLabel('Passphrase').fill(PASS);
  await page.keyboard.press('Enter');
  await unlocked(fieldwork);

  // Set 5 minutes in Settings: 5 idle minutes later the periodic check locks it.
  await openSettings(fieldwork);
  const security = page.getByTestId('security-settings');
  await security.getByLabel('Lock after (minutes without activity)').fill('5');
  await security.getByRole('button', { name: 'Save' }).click();
  await expect(security.getByText('Saved.')).toBeVisible();
  expect((await fieldwork.invoke('workspace:getSettings', {})).idleLockMinutes).toBe(5);
  advance(fieldwork, 4);
  fieldwork.app.tick();
  expect(fieldwork.app.session.currentState).toBe('open');
  advance(fieldwork, 1);
  fieldwork.app.tick();
  await page.locator('html[data-app-state="locked"]').waitFor({ state: 'attached' });
  await expect(page.getByText('It locked itself after 5 minutes without activity.', { exact: false })).toBeVisible();
});

test('change the passphrase in Settings', async ({ fieldwork }) => {
  const { page } = fieldwork;
  await createAssessment(fieldwork);
  await fieldwork.invoke('workspace:encrypt', { passphrase: PASS, remember: false });
  await fieldwork.open();
  await openSettings(fieldwork);
  const security = page.getByTestId('security-settings');
  await expect(security.getByTestId('encryption-state')).toHaveText('Encrypted');

  await security.getByLabel('Current passphrase').fill('not the passphrase');
  await security.getByLabel('New passphrase', { exact: true }).fill('plum orchard lantern 42');
  await security.getByLabel('New passphrase again').fill('plum orchard lantern 42');
  await security.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(security.getByText(/That passphrase does not open/)).toBeVisible();
  await shot(fieldwork, 'protection-06-change-wrong-current');

  await security.getByLabel('Current passphrase').fill(PASS);
  await security.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(
    security.getByText('The passphrase was changed. Backups made before now still open with the old passphrase only.'),
  ).toBeVisible();
  await security.getByRole('button', { name: 'Lock now' }).click();
  await page.locator('html[data-app-state="locked"]').waitFor({ state: 'attached' });
  const unlock = page.getByTestId('unlock-screen');
  await unlock.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.keyboard.press('Enter');
  // The old passphrase still opens the backups taken before the change: named as an earlier passphrase.
  await expect(
    unlock.getByText(
      /That passphrase does not open .*, but it opens an older backup \(of 22 Nov 2026 \d\d:\d\d UTC\): it is most likely an earlier passphrase\./,
    ),
  ).toBeVisible();
  await expect(unlock.getByTestId('unlock-damaged')).toHaveCount(0);
  await unlock.getByLabel('Passphrase', { exact: true }).fill('plum orchard lantern 42');
  await page.keyboard.press('Enter');
  await unlocked(fieldwork);
});

test('backups: the list, back up now, and restore after backing up the current state', async ({ fieldwork }) => {
  const { page } = fieldwork;
  const kept = await createAssessment(fieldwork, 'Kept Org');
  await fieldwork.open();
  await openSettings(fieldwork);
  const backups = page.getByTestId('backup-settings');
  await expect(backups.getByRole('table', { name: 'Backups of this workspace, newest first' })).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(2); // header + the backup taken on open

  fieldwork.clock.set('2026-11-22T09:05:00.000Z');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/Backup written: 2026-11-22T09-05-00-000Z\.manual\.fwdb/)).toBeVisible();
  await expect(backups.getByRole('row', { name: /22 Nov 2026 09:05 UTC Taken by you/ })).toBeVisible();
  await createAssessment(fieldwork, 'Added Later Org');
  fieldwork.clock.set('2026-11-22T09:10:00.000Z');
  await shot(fieldwork, 'protection-07-backups');

  await backups.getByRole('button', { name: 'Restore… 22 Nov 2026 09:05 UTC' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore the backup of 22 Nov 2026 09:05 UTC?' });
  await expect(dialog.getByText(/Its current state is backed up first, so nothing is lost/)).toBeVisible();
  await shot(fieldwork, 'protection-08-restore-confirm');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(
    backups.getByText(
      /Restored the backup of 22 Nov 2026 09:05 UTC\. The state before was kept as 2026-11-22T09-10-00-000Z\.before-restore\.fwdb/,
    ),
  ).toBeVisible();
  expect((await fieldwork.invoke('assessment:list', {})).map((a) => a.id)).toEqual([kept.id]);
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toBeVisible();
});

test('a damaged workspace opens on the recovery screen, and the latest good backup brings it back', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  const { AppState, bundledCatalog, invokeChannel } = await loadMain();
  // Another workspace with one assessment, closed (so it has backups), then damaged in the middle.
  const other = join(fieldwork.dir, 'client.fwdb');
  const first = new AppState({
    workspacePath: other,
    catalog: bundledCatalog(),
    now: () => new Date(TEST_NOW),
    dialogs: fieldwork.dialogs,
    version: '0',
    platform: 'linux',
  });
  const created = await invokeChannel(first, 'assessment:create', {
    organisation: 'Recovered Org',
    systemName: 'Inference API',
    reportType: 'I',
    categories: ['security'],
  });
  expect(created.ok).toBe(true);
  first.close();
  const pages = statSync(other).size / 4096;
  const fd = openSync(other, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(pages / 2) * 4096);
  closeSync(fd);

  await fieldwork.open();
  fieldwork.dialogs.answerOpen(other);
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await page.locator('html[data-app-state="recovery"]').waitFor({ state: 'attached' });
  const screen = page.getByTestId('recovery-screen');
  await expect(screen.getByRole('heading', { name: 'This workspace is damaged' })).toBeVisible();
  await expect(screen.getByTestId('damage-detail')).toContainText('integrity check');
  await expect(screen.getByTestId('latest-backup')).toContainText('Latest backup: 22 Nov 2026 09:00 UTC');
  await shot(fieldwork, 'protection-09-recovery');

  await screen.getByRole('button', { name: 'Restore the latest good backup' }).click();
  await unlocked(fieldwork);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  expect((await fieldwork.invoke('assessment:list', {})).map((a) => a.organisation)).toEqual(['Recovered Org']);
  const listed = (await fieldwork.invoke('workspace:backups', {})).backups.map((b) => b.kind);
  expect(listed).toContain('damaged');
});

test('a damaged first page: the right passphrase says so on the unlock screen, then recovery restores the backup', async ({
  fieldwork,
}) => {
  const { page } = fieldwork;
  const { AppState, bundledCatalog, invokeChannel } = await loadMain();
  // Another workspace, encrypted, with one assessment, closed (so it has encrypted backups).
  const other = join(fieldwork.dir, 'client-encrypted.fwdb');
  const first = new AppState({
    workspacePath: other,
    catalog: bundledCatalog(),
    now: () => new Date(TEST_NOW),
    dialogs: fieldwork.dialogs,
    version: '0',
    platform: 'linux',
  });
  expect((await invokeChannel(first, 'workspace:encrypt', { passphrase: PASS, remember: false })).ok).toBe(true);
  const created = await invokeChannel(first, 'assessment:create', {
    organisation: 'Recovered Encrypted Org',
    systemName: 'Inference API',
    reportType: 'I',
    categories: ['security'],
  });
  expect(created.ok).toBe(true);
  first.close();
  // A few bytes of page 1 overwritten: the cipher now refuses the right passphrase as if it were wrong.
  const fd = openSync(other, 'r+');
  writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 200);
  closeSync(fd);

  await fieldwork.open();
  fieldwork.dialogs.answerOpen(other);
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await page.locator('html[data-app-state="locked"]').waitFor({ state: 'attached' });
  const unlock = page.getByTestId('unlock-screen');

  // A wrong passphrase: the usual refusal, with the hint that a damaged file looks the same, and where backups are.
  await unlock.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.keyboard.press('Enter');
  await expect(unlock.getByText(/That passphrase does not open .*client-encrypted\.fwdb\. Check it/)).toBeVisible();
  await expect(unlock.getByTestId('unlock-hint')).toHaveText(
    new RegExp(
      `^A damaged workspace file gives this same message\\. None of its \\d+ newest backups in ${`${other}.backups`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} opens with this passphrase either`,
    ),
  );
  await shot(fieldwork, 'protection-10-wrong-passphrase-hint');

  // The right one opens the newest backup but not the file: the screen says the file is damaged.
  await unlock.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.keyboard.press('Enter');
  const finding = unlock.getByTestId('unlock-damaged');
  await expect(
    finding.getByRole('heading', { name: 'The passphrase is right: the workspace file is damaged' }),
  ).toBeVisible();
  await expect(
    finding.getByText(
      'This passphrase opens the backup of 22 Nov 2026 09:00 UTC, but not the workspace file: the workspace looks damaged.',
    ),
  ).toBeVisible();
  await expect(unlock.getByTestId('unlock-hint')).toHaveCount(0);
  await expect(finding.getByRole('button', { name: 'Go to recovery' })).toBeFocused();
  await shot(fieldwork, 'protection-11-unlock-damaged');

  await page.keyboard.press('Enter');
  await page.locator('html[data-app-state="recovery"]').waitFor({ state: 'attached' });
  const screen = page.getByTestId('recovery-screen');
  await expect(screen.getByTestId('damage-detail')).toHaveText(
    'This passphrase opens the backup of 22 Nov 2026 09:00 UTC, but not the workspace file: the workspace looks damaged.',
  );
  await expect(screen.getByTestId('latest-backup')).toContainText('Latest backup: 22 Nov 2026 09:00 UTC');
  await shot(fieldwork, 'protection-12-recovery-first-page');

  await screen.getByRole('button', { name: 'Restore the latest good backup' }).click();
  await unlocked(fieldwork);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  expect((await fieldwork.invoke('assessment:list', {})).map((a) => a.organisation)).toEqual([
    'Recovered Encrypted Org',
  ]);
  expect((await fieldwork.invoke('workspace:status', {})).encrypted).toBe(true);
  const listed = (await fieldwork.invoke('workspace:backups', {})).backups.map((b) => b.kind);
  expect(listed).toContain('damaged');
});
