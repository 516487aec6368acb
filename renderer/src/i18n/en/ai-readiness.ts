import { AI_READINESS_STRINGS_EN } from '../../../../shared/rules/strings.en';
import boundary from './ai-boundary';
import common from './ai-common';
import findings from './ai-findings';
import ownership from './ai-ownership';
import remediation from './ai-remediation';
import vendors from './ai-vendors';

/**
 * The AI-readiness screens' texts. `shared` is the texts main and the PDF use too (rule titles, component
 * kinds, staleness reasons, data-flow labels): mounted as they are, not copied, and read through
 * useAiStrings(); a French resource mounts its own file of the same shape (AiReadinessStrings).
 */
export default {
  common,
  boundary,
  vendors,
  findings,
  ownership,
  remediation,
  shared: AI_READINESS_STRINGS_EN,
};
