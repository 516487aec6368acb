import { useTranslation } from 'react-i18next';
import type { ControlCoverage } from '../../../../shared/coverage/coverage';
import type { AssessmentControl } from '../../../../shared/domain';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { CoverageTimeline } from '../evidence/CoverageTimeline';
import { DropZone } from '../evidence/DropZone';
import { useAddEvidence } from '../evidence/useAddEvidence';
import { useEvidenceData } from '../evidence/useEvidenceData';

const MAX_GAPS = 5;

function CoverageFigures({ coverage, controlId }: { coverage: ControlCoverage; controlId: string }) {
  const { t } = useTranslation();
  const { pct, date } = useFormat();
  const { score } = useAssessment();
  const scored = score?.controls.find((c) => c.id === controlId);
  const range = (from: string, to: string) => (from === to ? date(from) : `${date(from)} – ${date(to)}`);
  const notes = coverage.notes.filter((n) => n !== 'point_in_time_only');
  return (
    <>
      <p className="coverage-figure" data-testid="coverage-figure">
        <span className="figure-small">{pct(coverage.coverage)}</span>
        <span>
          {t(`coverage.counts.${coverage.unit}`, {
            evidenced: coverage.evidenced,
            expected: coverage.expected,
            frequency: t(`frequency.${coverage.frequency}`).toLowerCase(),
          })}
        </span>
        <span className="muted small">{t('coverage.asOf', { date: date(coverage.elapsedTo) })}</span>
      </p>
      {coverage.pointInTimeOnly && (
        <p className="flag" data-testid="point-in-time-flag">
          <span aria-hidden="true">⚠</span>
          {t('coverage.pointInTimeFlag')}
        </p>
      )}
      <CoverageTimeline coverage={coverage} />
      {coverage.gaps.length > 0 && (
        <div data-testid="coverage-gaps">
          <p className="strong small">{t('coverage.gaps', { count: coverage.gaps.length })}</p>
          <ul className="plain-list bullets small">
            {coverage.gaps.slice(0, MAX_GAPS).map((g) => (
              <li key={g.from}>{range(g.from, g.to)}</li>
            ))}
          </ul>
          {coverage.gaps.length > MAX_GAPS && (
            <p className="muted small">{t('coverage.moreGaps', { count: coverage.gaps.length - MAX_GAPS })}</p>
          )}
        </div>
      )}
      {notes.length > 0 && (
        <ul className="coverage-notes">
          {notes.map((n) => (
            <li key={n}>{t(`coverage.note.${n}`)}</li>
          ))}
        </ul>
      )}
      {scored && scored.operating !== null && (
        <p className="small coverage-operating" data-testid="control-operating">
          {t('coverage.operatingLine', {
            operating: pct(scored.operating),
            design: scored.design === null ? '—' : pct(scored.design),
            coverage: pct(scored.coverage ?? 0),
            pass: scored.samplePassRate === null ? t('coverage.noSample') : pct(scored.samplePassRate),
          })}
        </p>
      )}
    </>
  );
}

/** The control panel's "Evidence & coverage": what supports the control, how much of the window it covers, and where the gaps are. */
export function EvidenceCoverage({ control }: { control: AssessmentControl }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { assessment, controls, reloadAssessment } = useAssessment();
  const { go } = useNavigation();
  const assessmentId = assessment?.id ?? '';
  const data = useEvidenceData(assessmentId);
  const adder = useAddEvidence({
    assessmentId,
    windowStart: assessment?.windowStart ?? null,
    controls: controls ?? [],
    initialControlIds: [control.controlId],
    onAdded: () => {
      void data.reload();
      void reloadAssessment();
    },
  });
  const coverage = data.coverage?.controls.find((c) => c.controlId === control.controlId);
  const linked = (data.evidence ?? []).filter((e) => e.controlIds.includes(control.controlId));

  return (
    <section aria-labelledby="evidence-coverage-title" data-testid="evidence-coverage">
      <h3 id="evidence-coverage-title" className="panel-section">
        {t('coverage.title')}
      </h3>
      {data.error && <Notice tone="error">{data.error}</Notice>}
      {data.coverage === null && !data.error ? (
        <p className="muted" role="status">
          {t('coverage.loading')}
        </p>
      ) : !data.coverage?.measured ? (
        <p className="muted small">{t('coverage.notMeasured')}</p>
      ) : coverage ? (
        <CoverageFigures coverage={coverage} controlId={control.controlId} />
      ) : null}
      {control.frequency === 'per_event' && data.coverage?.measured && (
        <button type="button" className="btn-link small" onClick={() => go('evidence')}>
          {t('coverage.recordPopulation')}
        </button>
      )}
      <DropZone onFiles={adder.drop} disabled={!controls}>
        <p className="strong small">{t('coverage.linked', { count: linked.length })}</p>
        {linked.length === 0 ? (
          <p className="muted small">{t('coverage.noEvidence')}</p>
        ) : (
          <ul className="evidence-mini" data-testid="linked-evidence">
            {linked.map((e) => (
              <li key={e.id}>
                <span className="file-name">{e.originalName}</span>
                <span className="block muted small">
                  {t(`evidenceKind.${e.kind}`)} ·{' '}
                  {e.periodFrom === e.periodTo ? date(e.periodTo) : `${date(e.periodFrom)} – ${date(e.periodTo)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {adder.notice && (
          <Notice tone={adder.notice.tone} onDismiss={adder.clearNotice}>
            {adder.notice.text}
          </Notice>
        )}
        <button type="button" className="btn btn-small" onClick={() => void adder.choose()} disabled={!controls}>
          {t('coverage.addEvidence')}
        </button>
      </DropZone>
      {/* Esc closes the form only, not the panel around it. */}
      <div onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}>{adder.modal}</div>
    </section>
  );
}
