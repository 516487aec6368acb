import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** The browser benchmarks: same browser setup as the end-to-end suite, own folder, list output. */
export default defineConfig({ ...base, testDir: '.', testMatch: '*.bench.spec.ts', reporter: 'list', timeout: 600_000 });
