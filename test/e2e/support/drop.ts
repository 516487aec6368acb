import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator } from '@playwright/test';

/**
 * Drops real files on an element as a person would: the page receives dragenter, dragover and drop with a
 * DataTransfer holding File objects (built in the page from the files' bytes). Each file's name is first
 * registered with the bridge's stand-in for webUtils.getPathForFile (support/bridge-entry.ts), because
 * Chromium, unlike Electron, exposes no path for a dropped file.
 */
export async function dropFiles(target: Locator, paths: readonly string[]): Promise<void> {
  const files = paths.map((path) => ({ path, name: basename(path), bytes: [...readFileSync(path)] }));
  const page = target.page();
  await page.evaluate((list) => {
    const registry = (window as unknown as { __fieldworkDropPaths: Map<string, string> }).__fieldworkDropPaths;
    for (const f of list) registry.set(f.name, f.path);
  }, files);
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
}
