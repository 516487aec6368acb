import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. The browser specs drive the built renderer (out/renderer) in Debian's Chromium through
 * test/e2e/harness.ts; the Electron spec launches the app itself where an Electron binary exists.
 * Build first (npm run build, or `npx vite build --config test/e2e/support/renderer.vite.config.ts` for the renderer alone).
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    colorScheme: 'light',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Date inputs follow the browser's UI language, not the page's (Debian's package ships en-US only
        // unless chromium-l10n is installed, so they show mm/dd/yyyy here).
        '--lang=en-GB',
        '--host-resolver-rules=MAP * ~NOTFOUND',
      ],
    },
  },
});
