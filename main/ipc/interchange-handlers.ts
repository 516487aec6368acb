import type { ChannelOutput, ChannelParsed } from '../../shared/ipc/contract';
import type { InterchangeChannel } from '../../shared/ipc/interchange-contract';
import { chosenFile, rememberChosenFile, saveOscal, savePackage, savePortable } from '../interchange/interchange-files';
import { verifyPackage } from '../interchange/package-verify';
import { importAssessmentFile, inspectAssessmentFile } from '../interchange/portable-import';
import type { AppState } from './app-state';

type Handler<C extends InterchangeChannel> = (
  app: AppState,
  input: ChannelParsed<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Handlers of the interchange channels (OSCAL, evidence package, portable assessments), spread into handlers.ts. */
export const interchangeHandlers: { [C in InterchangeChannel]: Handler<C> } = {
  'oscal:export': (app, { assessmentId, kind }) => saveOscal(app, assessmentId, kind),
  'package:build': (app, { assessmentId, lang }) => savePackage(app, assessmentId, lang),
  'package:verify': async (app) => {
    const path = await app.dialogs.chooseFileToOpen('zip');
    return path ? verifyPackage(path) : null;
  },
  'portable:export': (app, { assessmentId, passphrase }) => savePortable(app, assessmentId, passphrase),
  'portable:chooseFile': async (app) => {
    const path = await app.dialogs.chooseFileToOpen('fwassess');
    return path ? rememberChosenFile(app, path) : null;
  },
  'portable:inspect': (app, { token, passphrase }) =>
    inspectAssessmentFile(app.services, chosenFile(app, token), passphrase),
  'portable:import': (app, { token, passphrase, onDuplicate }) =>
    importAssessmentFile(app.services, app.evidenceStoreDir, chosenFile(app, token), { passphrase, onDuplicate }),
};
