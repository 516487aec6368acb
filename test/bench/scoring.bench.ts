import { CATEGORY_KEYS, CONTROL_STATUSES } from '../../shared/domain';
import { CRITERION_IDS } from '../../shared/catalog/criteria-ids';
import { scoreAssessment } from '../../shared/scoring/score';
import type { ScoringControl } from '../../shared/scoring/types';
import { median, printTable, timeRuns } from './support';

// 2,000 controls over all five categories, each mapped to 1–4 criteria, statuses spread deterministically.
const controls: ScoringControl[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `BEN-${i}`,
  status: CONTROL_STATUSES[i % CONTROL_STATUSES.length] ?? 'implemented',
  isKey: i % 3 === 0,
  criteria: Array.from({ length: 1 + (i % 4) }, (_, k) => CRITERION_IDS[(i * 7 + k * 13) % CRITERION_IDS.length] ?? 'CC1.1'),
}));
const input = { assessmentId: 'bench', categories: [...CATEGORY_KEYS], controls, measureOperating: false };

for (let i = 0; i < 5; i++) scoreAssessment(input); // warm-up
const times = await timeRuns(25, () => scoreAssessment(input));
const m = median(times);
printTable('Scoring', [
  { name: 'Score an assessment', fixture: '5 categories, 61 criteria, 2,000 controls', median: `${m.toFixed(2)} ms`, target: '< 20 ms', verdict: m < 20 ? 'met' : 'MISSED' },
]);
