import { useTranslation } from 'react-i18next';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import { useFormat } from '../../i18n/format';

/** What the catalog says about a control: what implemented means, evidence, the auditor's test, pitfalls. */
export function ControlGuidance({ control }: { control: CatalogControl }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <div className="guidance" data-testid="control-guidance">
      <section>
        <h3>{t('detail.implementedMeans')}</h3>
        <p>{control.description[locale]}</p>
      </section>
      <section>
        <h3>{t('detail.evidence')}</h3>
        <ul className="plain-list">
          {control.evidence.map((e, i) => (
            <li key={i}>
              <span className="tag">{t(`evidenceKind.${e.kind}`)}</span> {e.description[locale]}
              <span className="muted small block">
                {t('detail.evidenceSources', { sources: e.sources.join(', ') })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('detail.testProcedure')}</h3>
        <ol className="steps">
          {control.testProcedure.map((step, i) => (
            <li key={i}>
              <strong>{t(`testMethod.${step.method}`)}.</strong> {step.description[locale]}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>{t('detail.pitfalls')}</h3>
        <ul className="plain-list bullets">
          {control.pitfalls.map((p, i) => (
            <li key={i}>{p[locale]}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('detail.crosswalk')}</h3>
        <dl className="facts-inline">
          <dt>{t('detail.iso')}</dt>
          <dd className="mono">{control.iso42001.join(', ') || t('detail.none')}</dd>
          <dt>{t('detail.nist')}</dt>
          <dd className="mono">{control.nistAiRmf.join(', ') || t('detail.none')}</dd>
        </dl>
      </section>
    </div>
  );
}
