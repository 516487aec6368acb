/** What the browser bridge needs from the main process: the real state, handlers and catalog. */
export { AppState } from '../../../main/ipc/app-state';
export { invokeChannel } from '../../../main/ipc/invoke';
export { bundledCatalog } from '../../../main/catalog/bundled';
export { createDemoAssessment } from '../../../main/demo/demo-assessment';
