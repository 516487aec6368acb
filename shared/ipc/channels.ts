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
  'coverage:get',
  'review:start',
  'review:current',
  'review:record',
  'review:complete',
  'snapshot:take',
  'snapshot:list',
  'snapshot:get',
  'snapshot:diff',
  'settings:getSampleSizes',
  'settings:setSampleSizes',
  'evidence:list',
  'evidence:add',
  'evidence:chooseFiles',
  'evidence:link',
  'evidence:unlink',
  'evidence:remove',
  'evidence:verify',
  'evidence:populations',
  'evidence:setPopulation',
  'boundary:list',
  'boundary:save',
  'boundary:delete',
  'boundary:addStarter',
  'boundary:dataFlow',
  'vendor:list',
  'vendor:save',
  'vendor:delete',
  'ownership:get',
  'findings:list',
  'findings:mute',
  'findings:unmute',
  'remediation:list',
  'remediation:save',
  'remediation:delete',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer. */
export const EVENTS = ['workspace:changed'] as const;
export type AppEvent = (typeof EVENTS)[number];
