/**
 * The browser test bridge: the built renderer runs in Debian's Chromium, and window.api reaches the REAL
 * main-process handlers (invokeChannel on a real AppState with a real SQLite workspace) through a
 * Playwright binding. Same UI bundle, same handlers, same database; only the transport differs.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppState } from '../../main/ipc/app-state';
import type { AppEvent, Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { bridgeScript } from './support/bridge-script';
import { TestClock } from './support/clock';
import { ScriptedDialogs } from './support/dialogs';
import { loadMain } from './support/main-bundle';
import { APP_ORIGIN, assertRendererBuilt, serveRenderer } from './support/serve';

export { expect, APP_ORIGIN };

/** The instant every test starts at, unless it moves the clock. */
export const TEST_NOW = '2026-11-22T09:00:00.000Z';

export interface Fieldwork {
  page: Page;
  app: AppState;
  /** A temp folder for this test, removed afterwards. */
  dir: string;
  workspacePath: string;
  clock: TestClock;
  dialogs: ScriptedDialogs;
  /** Every URL the page requested, in order (the app's own files included). */
  requests: string[];
  /** Calls a handler exactly as the UI does (same validation), and unwraps the result. */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Loads the app and waits until its first data is on screen. */
  open(): Promise<void>;
  /** Content-Security-Policy violations the page reported. */
  cspViolations(): Promise<string[]>;
}

export const test = base.extend<{ fieldwork: Fieldwork }>({
  fieldwork: async ({ page, context }, use) => {
    assertRendererBuilt();
    const { AppState, bundledCatalog, invokeChannel } = await loadMain();
    const dir = mkdtempSync(join(tmpdir(), 'fieldwork-e2e-'));
    const workspacePath = join(dir, 'workspace.fwdb');
    const clock = new TestClock(TEST_NOW);
    const dialogs = new ScriptedDialogs();
    const requests: string[] = [];

    const emit = (event: AppEvent) => {
      page
        .evaluate((e) => (window as unknown as { __fieldworkEmit(e: string): void }).__fieldworkEmit(e), event)
        .catch(() => {
          // The page may be navigating or closed; the next load reads fresh data anyway.
        });
    };
    const app = new AppState({
      workspacePath,
      catalog: bundledCatalog(),
      now: () => clock.now(),
      dialogs,
      version: '0.0.0-e2e',
      platform: 'linux',
      notify: emit,
    });

    await serveRenderer(context, requests);
    await page.exposeBinding('__fieldworkInvoke', (_source, channel: string, input: unknown) =>
      invokeChannel(app, channel, input),
    );
    await page.addInitScript({ content: bridgeScript() });
    // The page's own clock agrees with the injected one (countdowns, "today").
    await page.clock.setFixedTime(clock.now());

    const fieldwork: Fieldwork = {
      page,
      app,
      dir,
      workspacePath,
      clock,
      dialogs,
      requests,
      async invoke(channel, input) {
        const result = await invokeChannel(app, channel, input);
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
        return result.value as never;
      },
      async open() {
        await page.goto(`${APP_ORIGIN}/`);
        await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
      },
      cspViolations: () =>
        page.evaluate(() => [...((window as unknown as { __fieldworkCsp?: string[] }).__fieldworkCsp ?? [])]),
    };

    await use(fieldwork);

    app.close();
    rmSync(dir, { recursive: true, force: true });
  },
});
