/**
 * Every IPC channel, `domain:action`. The preload exposes one named method per entry
 * (window.api.<domain>.<action>) and main registers one validated handler per entry.
 * Kept free of imports so the sandboxed preload bundle stays tiny.
 */
export const CHANNELS = [
  'app:info',
  'workspace:openDialog',
  'workspace:createDialog',
  'assessment:list',
  'assessment:get',
  'assessment:create',
  'assessment:update',
  'control:list',
  'control:update',
  'control:bulkUpdate',
  'control:addCustom',
  'control:deleteCustom',
  'catalog:get',
  'catalog:pendingUpdate',
  'catalog:applyUpdate',
  'score:get',
  'report:save',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer. */
export const EVENTS = ['workspace:changed'] as const;
export type AppEvent = (typeof EVENTS)[number];
