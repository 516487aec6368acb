import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../../shared/domain';
import type { OwnershipFlag } from '../../../../shared/ownership/matrix';
import { api } from '../../api';
import { Notice } from '../../components/Notice';
import { RecordLinks } from '../ai-shared/RecordLinks';
import { useRemote } from '../ai-shared/useRemote';
import { HeatMap } from './HeatMap';
import './ownership.css';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Controls without an owner, one line per stage (the matrix flags them one by one). */
function unownedByStage(flags: readonly OwnershipFlag[]): Map<PipelineStage, string[]> {
  const byStage = new Map<PipelineStage, string[]>();
  for (const f of flags) {
    if (f.kind === 'control_without_owner') byStage.set(f.stage, [...(byStage.get(f.stage) ?? []), f.controlId]);
  }
  return byStage;
}

/** The ownership matrix as a heat map, and its flags in words with links to the controls. */
export function OwnershipPanel({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => api.ownership.get({ assessmentId }), [assessmentId]);
  const matrix = useRemote(load);
  if (matrix.error) return <Notice tone="error">{t('ai.common.loadFailed', { message: matrix.error })}</Notice>;
  if (!matrix.data) return <p className="muted">{t('ai.common.loading')}</p>;
  const m = matrix.data;
  if (m.stages.length === 0) return <p className="empty-state small">{t('ai.ownership.empty')}</p>;
  const stageFlags = m.flags.filter((f) => f.kind !== 'control_without_owner');
  const unowned = unownedByStage(m.flags);
  return (
    <section aria-labelledby="ownership-title" data-testid="ownership">
      <h2 id="ownership-title" className="section-title">
        {t('ai.ownership.title')}
      </h2>
      <p className="muted small">{t('ai.ownership.help')}</p>
      <HeatMap matrix={m} />
      <h3 className="section-title">{t('ai.ownership.flagsTitle', { count: stageFlags.length + unowned.size })}</h3>
      {stageFlags.length === 0 && unowned.size === 0 ? (
        <p className="muted">{t('ai.ownership.noFlags')}</p>
      ) : (
        <ul className="plain-list ai-flag-list" data-testid="ownership-flags">
          {stageFlags.map((f) => (
            <li key={`${f.kind}:${f.stage}`} data-flag={f.kind}>
              <span className={`tag ai-tone ${f.kind === 'stage_without_owner' ? 'ai-tone-bad' : 'ai-tone-warn'}`}>
                {t(`ai.ownership.flag.${f.kind}`)}
              </span>
              {t(`ai.ownership.flagText.${f.kind}`, { stage: t(`stage.${f.stage}`), count: f.controlIds.length })}
              <RecordLinks records={f.controlIds.map((id) => ({ type: 'control', id }))} names={NO_NAMES} />
            </li>
          ))}
          {[...unowned].map(([stage, ids]) => (
            <li key={`unowned:${stage}`} data-flag="control_without_owner">
              <span className="tag ai-tone ai-tone-warn">{t('ai.ownership.flag.control_without_owner')}</span>
              {t('ai.ownership.flagText.control_without_owner', { stage: t(`stage.${stage}`), count: ids.length })}
              <RecordLinks records={ids.map((id) => ({ type: 'control', id }))} names={NO_NAMES} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
