import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/ipc/contract';
import type { EvidenceItem } from '../../../../shared/domain';
import type { EvidenceVerification } from '../../../../shared/evidence';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { Notice } from '../../components/Notice';
import { DropZone } from './DropZone';
import { EvidenceFilters } from './EvidenceFilters';
import { EvidenceTable } from './EvidenceTable';
import { filterEvidence, NO_EVIDENCE_FILTERS, type EvidenceSort } from './evidence-view';
import { PopulationsCard } from './PopulationsCard';
import { RemoveEvidenceModal } from './RemoveEvidenceModal';
import { useAddEvidence } from './useAddEvidence';
import { useEvidenceData } from './useEvidenceData';
import { VerifyResult } from './VerifyResult';
import './evidence.css';

/** Evidence: the assessment's files, added by drag-and-drop or the file dialog, checked, and removed. */
export function EvidencePage() {
  const { assessment } = useAssessment();
  return assessment ? <EvidenceArea assessment={assessment} /> : null;
}

function EvidenceArea({ assessment }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation();
  const { controls, reloadAssessment } = useAssessment();
  const data = useEvidenceData(assessment.id);
  const [filters, setFilters] = useState(NO_EVIDENCE_FILTERS);
  const [sort, setSort] = useState<EvidenceSort>({ column: 'collected', direction: -1 });
  const [verification, setVerification] = useState<EvidenceVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [removing, setRemoving] = useState<EvidenceItem | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const changed = () => {
    void data.reload();
    void reloadAssessment();
  };
  const adder = useAddEvidence({
    assessmentId: assessment.id,
    windowStart: assessment.windowStart,
    controls: controls ?? [],
    onAdded: () => {
      setVerification(null);
      changed();
    },
  });

  const all = useMemo(() => data.evidence ?? [], [data.evidence]);
  const shown = useMemo(() => filterEvidence(all, filters, sort), [all, filters, sort]);
  const linkedControls = useMemo(() => [...new Set(all.flatMap((e) => e.controlIds))].sort(), [all]);
  const coverage = useMemo(
    () => new Map((data.coverage?.controls ?? []).map((c) => [c.controlId, c])),
    [data.coverage],
  );
  const integrity = useMemo(
    () => (verification ? new Map(verification.items.map((i) => [i.evidenceId, i.status])) : null),
    [verification],
  );

  const verify = async () => {
    setVerifying(true);
    setMessage(null);
    try {
      setVerification(await api.evidence.verify({ assessmentId: assessment.id }));
    } catch (error) {
      setMessage({ tone: 'error', text: t('evidence.verify.failed', { message: errorMessage(error) }) });
    }
    setVerifying(false);
  };

  return (
    <DropZone onFiles={adder.drop} disabled={!controls}>
      <section className="page" aria-labelledby="evidence-title" data-testid="evidence-page">
        <header className="page-header">
          <div>
            <h1 id="evidence-title">{t('evidence.title')}</h1>
            <p className="page-intro">{t('evidence.intro')}</p>
          </div>
          <div className="header-actions">
            <button type="button" className="btn btn-primary" onClick={() => void adder.choose()} disabled={!controls}>
              {t('evidence.addFiles')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void verify()}
              disabled={verifying || all.length === 0}
            >
              {verifying ? t('evidence.verify.running') : t('evidence.verify.button')}
            </button>
          </div>
        </header>
        {assessment.reportType === 'I' && <Notice tone="info">{t('evidence.typeOne')}</Notice>}
        {adder.notice && (
          <Notice tone={adder.notice.tone} onDismiss={adder.clearNotice}>
            {adder.notice.text}
          </Notice>
        )}
        {message && (
          <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
            {message.text}
          </Notice>
        )}
        {verification && <VerifyResult result={verification} onDismiss={() => setVerification(null)} />}
        {data.error && <Notice tone="error">{t('evidence.loadFailed', { message: data.error })}</Notice>}
        <p className="drop-hint" aria-hidden="true">
          {t('evidence.drop.hint')}
        </p>
        {data.evidence === null && !data.error ? (
          <p role="status" className="muted">
            {t('evidence.loading')}
          </p>
        ) : all.length === 0 ? (
          <div className="empty-state small" data-testid="evidence-empty">
            <h2>{t('evidence.empty.title')}</h2>
            <p>{t('evidence.empty.body')}</p>
            <p>{t('evidence.empty.next')}</p>
          </div>
        ) : (
          <>
            <EvidenceFilters
              filters={filters}
              onChange={setFilters}
              controlIds={linkedControls}
              shown={shown.length}
              total={all.length}
            />
            <EvidenceTable
              items={shown}
              sort={sort}
              onSort={(column) =>
                setSort((s) => ({ column, direction: s.column === column ? (s.direction === 1 ? -1 : 1) : 1 }))
              }
              integrity={integrity}
              onRemove={setRemoving}
            />
          </>
        )}
        {data.coverage?.measured && controls && data.populations && (
          <PopulationsCard
            assessmentId={assessment.id}
            controls={controls}
            populations={data.populations}
            coverage={coverage}
            onSaved={changed}
          />
        )}
        {adder.modal}
        {removing && (
          <RemoveEvidenceModal
            item={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={(text) => {
              setRemoving(null);
              setVerification(null);
              setMessage({ tone: 'success', text });
              changed();
            }}
          />
        )}
      </section>
    </DropZone>
  );
}
