// Builds only the renderer into out/renderer, exactly as electron.vite.config.ts's renderer section does,
// for working on the UI and its browser tests while main or preload do not build:
//   npx vite build --config test/e2e/support/renderer.vite.config.ts
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export default defineConfig({
  root: fromRoot('renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: { index: fromRoot('renderer/index.html') } },
  },
});
