import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../shared/assessment-input';
import { isIsoDate } from '../../../../shared/dates';
import { CATEGORY_KEYS, type CategoryKey } from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import {
  EMPTY_FORM,
  formFromAssessment,
  formIssues,
  issueKey,
  toInput,
  withWindowStart,
  type FieldName,
  type FormState,
} from './form-model';
import { WindowFields } from './WindowFields';

/** Create an assessment, or edit the scope of the current one, with live field-level validation. */
export function AssessmentForm({ mode }: { mode: 'create' | 'edit' }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { refreshAssessments } = useWorkspace();
  const { assessment, select, reloadAssessment } = useAssessment();
  const { go } = useNavigation();
  const [state, setState] = useState<FormState>(() =>
    mode === 'edit' && assessment ? formFromAssessment(assessment) : EMPTY_FORM,
  );
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const issues: ValidationIssue[] = useMemo(() => formIssues(state), [state]);

  const errorOf = (field: FieldName): string | undefined => {
    if (!submitted && !touched.has(field)) return undefined;
    const issue = issues.find((i) => i.field === field);
    if (!issue) return undefined;
    const key = issueKey(issue, state);
    if (!key) return issue.message;
    const params = Object.fromEntries(
      Object.entries(issue.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && isIsoDate(v) ? date(v) : v]),
    );
    // Parameters differ per code; validateAssessmentInput supplies the ones its message names.
    const translate = t as unknown as (k: string, options: Record<string, unknown>) => string;
    return translate(`validation.${key}`, params);
  };
  const touch = (field: FieldName) => setTouched((s) => new Set(s).add(field));
  const set = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));

  const toggleCategory = (category: CategoryKey, on: boolean) =>
    set({
      categories: CATEGORY_KEYS.filter((c) => c === 'security' || (c === category ? on : state.categories.includes(c))),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (issues.length > 0) return;
    setSaving(true);
    try {
      const input = toInput(state);
      const saved =
        mode === 'edit' && assessment
          ? await api.assessment.update({ id: assessment.id, input })
          : await api.assessment.create(input);
      await refreshAssessments();
      select(saved.id);
      if (mode === 'edit') await reloadAssessment();
      go(mode === 'edit' ? 'scope' : 'overview');
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const visibleIssues = submitted ? issues.length : 0;
  return (
    <section className="page page-narrow" aria-labelledby="form-title">
      <header className="page-header">
        <div>
          <h1 id="form-title">{mode === 'edit' ? t('form.editTitle') : t('form.createTitle')}</h1>
          <p className="page-intro">{t('form.intro')}</p>
        </div>
      </header>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} data-testid="assessment-form">
        {serverError && <Notice tone="error">{t('form.serverError', { message: serverError })}</Notice>}
        {visibleIssues > 0 && <Notice tone="error">{t('form.fixErrors', { count: visibleIssues })}</Notice>}
        <div className="form-grid">
          <Field label={t('form.organisation')} hint={t('form.organisationHint')} error={errorOf('organisation')}>
            <input
              type="text"
              value={state.organisation}
              maxLength={200}
              onChange={(e) => set({ organisation: e.target.value })}
              onBlur={() => touch('organisation')}
            />
          </Field>
          <Field label={t('form.systemName')} hint={t('form.systemNameHint')} error={errorOf('systemName')}>
            <input
              type="text"
              value={state.systemName}
              maxLength={200}
              onChange={(e) => set({ systemName: e.target.value })}
              onBlur={() => touch('systemName')}
            />
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>{t('form.reportType')}</legend>
          {(['I', 'II'] as const).map((type) => (
            <label key={type} className="choice">
              <input
                type="radio"
                name="reportType"
                value={type}
                checked={state.reportType === type}
                onChange={() => set({ reportType: type })}
              />
              {type === 'I' ? t('form.reportTypeI') : t('form.reportTypeII')}
            </label>
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('form.categories')}</legend>
          <p className="field-hint">{t('form.categoriesHint')}</p>
          <div className="choice-grid">
            {CATEGORY_KEYS.map((category) => (
              <label key={category} className="choice">
                <input
                  type="checkbox"
                  checked={category === 'security' || state.categories.includes(category)}
                  disabled={category === 'security'}
                  onChange={(e) => toggleCategory(category, e.target.checked)}
                />
                {t(`categoryShort.${category}`)}
                {category === 'security' && <span className="muted"> — {t('form.securityAlways')}</span>}
              </label>
            ))}
          </div>
          {mode === 'edit' && <p className="field-hint">{t('form.scopeNarrowed')}</p>}
        </fieldset>
        <WindowFields
          state={state}
          errorOf={errorOf}
          touch={touch}
          onStart={(value) => setState((s) => withWindowStart(s, value))}
          onEnd={(value) => set({ windowEnd: value })}
          onReview={(value) => set({ reviewDate: value, reviewEdited: true })}
          onResetReview={() => setState((s) => withWindowStart({ ...s, reviewEdited: false }, s.windowStart))}
        />
        <Field label={t('form.assessors')} hint={t('form.assessorsHint')} error={errorOf('assessors')}>
          <textarea
            rows={3}
            value={state.assessors}
            onChange={(e) => set({ assessors: e.target.value })}
            onBlur={() => touch('assessors')}
          />
        </Field>
        {/* Keep focus (and so the layout) still on mousedown: a blur would reveal that field's error,
            move the buttons, and the click would land elsewhere. */}
        <div className="form-actions" onMouseDown={(e) => e.preventDefault()}>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('form.saving') : mode === 'edit' ? t('form.save') : t('form.create')}
          </button>
          <button type="button" className="btn" onClick={() => go(mode === 'edit' ? 'scope' : 'assessments')}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
