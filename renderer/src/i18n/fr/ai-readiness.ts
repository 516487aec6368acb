import { AI_READINESS_STRINGS_FR } from '../../../../shared/rules/strings.fr';
import boundary from './ai-boundary';
import common from './ai-common';
import findings from './ai-findings';
import ownership from './ai-ownership';
import remediation from './ai-remediation';
import vendors from './ai-vendors';

/**
 * Les textes des écrans de préparation IA. `shared` monte shared/rules/strings.fr.ts tel quel (titres des
 * règles, natures de composants, motifs d’obsolescence, libellés du flux de données), comme l’anglais monte
 * strings.en.ts : useAiStrings() renvoie ainsi les textes de la langue de l’interface.
 */
export default {
  common,
  boundary,
  vendors,
  findings,
  ownership,
  remediation,
  shared: AI_READINESS_STRINGS_FR,
};
