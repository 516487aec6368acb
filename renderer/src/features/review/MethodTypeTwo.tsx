import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_METHOD } from '../../../../shared/coverage/coverage';
import { TOLERABLE_EXCEPTION_PERCENT } from '../../../../shared/sampling/conclude';
import { DEFAULT_SAMPLE_SIZES, type SampleSizeTable } from '../../../../shared/sampling/sizes';
import { api } from '../../api';
import { SampleSizeTableView } from './SampleSizeTableView';
import './review.css';

/**
 * The Type II arithmetic in words — coverage, operating readiness, sampling and conclusions — quoted from
 * the rules in shared/coverage/coverage.ts and shared/sampling/*.ts, with the sample-size table in use.
 */
export function MethodTypeTwo() {
  const { t } = useTranslation();
  const [sizes, setSizes] = useState<SampleSizeTable | null>(null);
  useEffect(() => {
    let live = true;
    api.settings.getSampleSizes({}).then(
      (s) => {
        if (live) setSizes(s.sizes);
      },
      // The documented defaults still say how sampling works when the stored table cannot be read.
      () => {
        if (live) setSizes(DEFAULT_SAMPLE_SIZES);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const threshold = TOLERABLE_EXCEPTION_PERCENT;
  return (
    <div className="method-type-two" data-testid="method-type-two">
      <h3 className="method-heading">{t('coverage.method.title', { method: COVERAGE_METHOD })}</h3>
      <ol>
        <li>{t('coverage.method.rule1')}</li>
        <li>{t('coverage.method.rule2')}</li>
        <li>{t('coverage.method.rule3')}</li>
        <li>{t('coverage.method.rule4')}</li>
        <li>{t('coverage.method.rule5')}</li>
        <li>{t('coverage.method.rule6')}</li>
      </ol>
      <h3 className="method-heading">{t('review.method.samplingTitle')}</h3>
      <p>{t('review.method.draw')}</p>
      <p>{t('review.method.size')}</p>
      <h4 className="method-subheading">{t('review.method.tableTitle')}</h4>
      {sizes && <SampleSizeTableView table={sizes} />}
      <h3 className="method-heading">{t('review.method.conclusionsTitle')}</h3>
      <ul>
        <li>{t('review.method.notSampled')}</li>
        <li>{t('review.method.incomplete')}</li>
        <li>{t('review.method.effective')}</li>
        <li>{t('review.method.exceptionsNoted', { threshold })}</li>
        <li>{t('review.method.notEffective', { threshold })}</li>
      </ul>
      <p>{t('review.method.passRate')}</p>
    </div>
  );
}
