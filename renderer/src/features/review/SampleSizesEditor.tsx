import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SAMPLE_SIZE, sampleSizeTableSchema, type SampleSizeTable } from '../../../../shared/sampling/sizes';
import { Notice } from '../../components/Notice';
import { PERIODIC_ROWS } from './SampleSizeTableView';

interface SampleSizesEditorProps {
  initial: SampleSizeTable;
  busy: boolean;
  onSave: (table: SampleSizeTable) => void;
  onCancel: () => void;
}

type Draft = Record<(typeof PERIODIC_ROWS)[number], string> & { perEvent: Array<{ upTo: string; size: string }> };

/** `allWord` is the UI language's word for “all” (“tous” in French); English “all” is always accepted too. */
function toDraft(table: SampleSizeTable, allWord: string): Draft {
  return {
    annually: String(table.annually),
    quarterly: String(table.quarterly),
    monthly: String(table.monthly),
    weekly: String(table.weekly),
    daily: String(table.daily),
    continuous: String(table.continuous),
    perEvent: table.perEvent.map((b) => ({
      upTo: b.upTo === null ? '' : String(b.upTo),
      size: b.size === 'all' ? allWord : String(b.size),
    })),
  };
}

function fromDraft(draft: Draft, allWord: string): unknown {
  const isAll = (v: string) => ['all', allWord.toLowerCase()].includes(v.trim().toLowerCase());
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  const bands: Array<{ upTo: number | null; size: number | 'all' }> = draft.perEvent.map((b, i) => ({
    upTo: i === draft.perEvent.length - 1 ? null : num(b.upTo),
    size: isAll(b.size) ? 'all' : num(b.size),
  }));
  return { ...Object.fromEntries(PERIODIC_ROWS.map((f) => [f, num(draft[f])])), perEvent: bands };
}

/** Edits the sample-size table new reviews use; the shared schema checks it before it is sent. */
export function SampleSizesEditor({ initial, busy, onSave, onCancel }: SampleSizesEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial, t('review.sizes.all')));
  const [problem, setProblem] = useState<string | null>(null);
  const setBand = (i: number, patch: Partial<Draft['perEvent'][number]>) =>
    setDraft((d) => ({ ...d, perEvent: d.perEvent.map((b, k) => (k === i ? { ...b, ...patch } : b)) }));

  const save = () => {
    const parsed = sampleSizeTableSchema.safeParse(fromDraft(draft, t('review.sizes.all')));
    if (!parsed.success) {
      setProblem(t('review.sizes.invalid', { max: MAX_SAMPLE_SIZE }));
      return;
    }
    setProblem(null);
    onSave(parsed.data);
  };

  return (
    <div className="form sizes-editor" data-testid="sample-size-editor">
      <div className="sizes-tables">
        <fieldset className="fieldset">
          <legend>{t('review.sizes.byFrequency')}</legend>
          {PERIODIC_ROWS.map((f) => (
            <label key={f} className="sizes-row">
              <span>{t(`frequency.${f}`)}</span>
              <input
                type="number"
                min={1}
                max={MAX_SAMPLE_SIZE}
                className="input-number"
                value={draft[f]}
                onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
              />
            </label>
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('review.sizes.byPopulation')}</legend>
          <p className="field-hint">{t('review.sizes.bandsHint')}</p>
          {draft.perEvent.map((band, i) => {
            const last = i === draft.perEvent.length - 1;
            return (
              <div key={i} className="sizes-row">
                {last ? (
                  <span>{t('review.sizes.rest')}</span>
                ) : (
                  <label>
                    <span className="visually-hidden">{t('review.sizes.upToLabel', { n: i + 1 })}</span>
                    {t('review.sizes.upTo')}{' '}
                    <input
                      type="number"
                      min={1}
                      className="input-number"
                      value={band.upTo}
                      onChange={(e) => setBand(i, { upTo: e.target.value })}
                    />
                  </label>
                )}
                <label>
                  <span className="visually-hidden">{t('review.sizes.sizeLabel', { n: i + 1 })}</span>
                  <input
                    type="text"
                    className="input-number"
                    value={band.size}
                    onChange={(e) => setBand(i, { size: e.target.value })}
                  />
                </label>
              </div>
            );
          })}
        </fieldset>
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={save}>
          {t('review.sizes.save')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          {t('review.sizes.cancel')}
        </button>
      </div>
    </div>
  );
}
