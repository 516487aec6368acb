import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../../shared/rules/types';
import { useAiStrings } from '../ai-shared/strings';
import { ruleTitle } from '../findings/gap-text';
import { ruleOfKey } from './remediation-form';

interface LinkedFindingsProps {
  findings: readonly FindingView[];
  value: readonly string[];
  onChange: (keys: string[]) => void;
}

/** Findings an item answers: the current open ones to choose from, and linked ones that no longer occur. */
export function LinkedFindings({ findings, value, onChange }: LinkedFindingsProps) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const current = new Set(findings.map((f) => f.key));
  const gone = value.filter((k) => !current.has(k));
  const choices = findings.filter((f) => !f.muted || value.includes(f.key));
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <fieldset className="fieldset">
      <legend>{t('ai.remediation.editor.findings')}</legend>
      <p className="field-hint">{t('ai.remediation.editor.findingsHint', { count: value.length })}</p>
      <div className="picker-list" role="group" aria-label={t('ai.remediation.editor.findings')}>
        {choices.length === 0 && gone.length === 0 && (
          <p className="muted small">{t('ai.remediation.editor.noFindings')}</p>
        )}
        {choices.map((f) => (
          <label key={f.key} className="choice picker-item">
            <input type="checkbox" checked={value.includes(f.key)} onChange={(e) => toggle(f.key, e.target.checked)} />
            <span className="mono">{f.ruleId}</span> <span>{ruleTitle(f.ruleId, strings)}</span>
          </label>
        ))}
        {gone.map((key) => (
          <label key={key} className="choice picker-item">
            <input type="checkbox" checked onChange={() => toggle(key, false)} />
            <span className="mono">{ruleOfKey(key)}</span>{' '}
            <span className="muted">{t('ai.remediation.editor.findingGone')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
