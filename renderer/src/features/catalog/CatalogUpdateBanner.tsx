import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogUpdate } from '../../../../shared/ipc/contract';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { CatalogUpdateDialog } from './CatalogUpdateDialog';
import './catalog.css';

/** Updates put off with “Not now”, per assessment and target version, until the app restarts. */
const postponed = new Set<string>();

interface Checked {
  key: string;
  update: CatalogUpdate | null;
  error: string | null;
}

/**
 * A calm banner when the app ships a newer catalog than the one the assessment was built on; it opens the
 * dialog that offers the new controls and explains the retired ones. Shown on the Overview and the Checklist.
 */
export function CatalogUpdateBanner() {
  const { t } = useTranslation();
  const { assessment, reloadAssessment } = useAssessment();
  const { refreshAssessments } = useWorkspace();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);
  const [, setPostponedCount] = useState(0);
  const assessmentId = assessment?.id ?? null;
  const key = assessment ? `${assessment.id}@${assessment.catalogVersion}` : null;

  useEffect(() => {
    if (assessmentId === null || key === null) return;
    let live = true;
    api.catalog.pendingUpdate({ assessmentId }).then(
      (update) => live && setChecked({ key, update, error: null }),
      (e: unknown) => live && setChecked({ key, update: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [assessmentId, key]);

  if (applied) {
    return (
      <Notice tone="success" onDismiss={() => setApplied(null)}>
        {applied}
      </Notice>
    );
  }
  if (!checked || checked.key !== key) return null;
  if (checked.error) {
    return <Notice tone="error">{t('catalogBrowser.update.loadFailed', { message: checked.error })}</Notice>;
  }
  const update = checked.update;
  if (!update) return null;
  const postponeKey = `${update.assessmentId}@${update.to}`;
  if (postponed.has(postponeKey)) return null;

  return (
    <>
      <div className="notice notice-info cu-banner" role="status" data-testid="catalog-update-banner">
        <div className="notice-body">
          <p>
            <strong>
              {t('catalogBrowser.update.banner', {
                to: update.to,
                count: update.offered.length,
                offered: update.offered.length,
                retired: update.retired.length,
              })}
            </strong>
          </p>
          <p className="muted small">{t('catalogBrowser.update.bannerHelp', { from: update.from })}</p>
        </div>
        <div className="cu-banner-actions">
          <button type="button" className="btn btn-small btn-primary" onClick={() => setReviewing(true)}>
            {t('catalogBrowser.update.review')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => {
              postponed.add(postponeKey);
              setPostponedCount(postponed.size);
            }}
          >
            {t('catalogBrowser.update.later')}
          </button>
        </div>
      </div>
      {reviewing && (
        <CatalogUpdateDialog
          update={update}
          onClose={() => setReviewing(false)}
          onApplied={(added) => {
            setReviewing(false);
            setApplied(
              t('catalogBrowser.update.applied', {
                to: update.to,
                added: t('checklist.controlsCount', { count: added }),
                retired: update.retired.length,
              }),
            );
            void Promise.all([reloadAssessment(), refreshAssessments()]);
          }}
        />
      )}
    </>
  );
}
