import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlCoverageEntry } from '../../../../shared/coverage/assessment';
import type { AssessmentControl, ControlPopulation } from '../../../../shared/domain';
import { api, errorMessage } from '../../api';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';

interface PopulationsCardProps {
  assessmentId: string;
  controls: readonly AssessmentControl[];
  populations: readonly ControlPopulation[];
  coverage: ReadonlyMap<string, ControlCoverageEntry>;
  onSaved: () => void;
}

function PopulationRow({
  assessmentId,
  control,
  recorded,
  coverage,
  onSaved,
}: {
  assessmentId: string;
  control: AssessmentControl;
  recorded: ControlPopulation | undefined;
  coverage: ControlCoverageEntry | undefined;
  onSaved: (message: string | null, error: string | null) => void;
}) {
  const { t } = useTranslation();
  const { pct, locale } = useFormat();
  const { catalog } = useWorkspace();
  const [population, setPopulation] = useState(recorded ? String(recorded.population) : '');
  const [evidenced, setEvidenced] = useState(recorded ? String(recorded.evidenced) : '');
  const [busy, setBusy] = useState(false);
  const p = Number(population);
  const e = Number(evidenced);
  const valid =
    population !== '' && evidenced !== '' && Number.isInteger(p) && Number.isInteger(e) && p >= 0 && e >= 0 && e <= p;
  const id = control.controlId;

  const save = async () => {
    setBusy(true);
    try {
      await api.evidence.setPopulation({ assessmentId, controlId: id, population: p, evidenced: e });
      onSaved(t('evidence.populations.saved', { id, evidenced: e, population: p }), null);
    } catch (error) {
      onSaved(null, errorMessage(error));
    }
    setBusy(false);
  };

  return (
    <tr data-testid={`population-${id}`}>
      <th scope="row">
        <span className="mono">{id}</span>{' '}
        <span className="muted">{catalog ? catalog.titleOf(control, locale) : ''}</span>
      </th>
      <td>
        <input
          type="number"
          min={0}
          className="input-number"
          aria-label={t('evidence.populations.populationLabel', { id })}
          value={population}
          onChange={(ev) => setPopulation(ev.target.value)}
        />
      </td>
      <td>
        <input
          type="number"
          min={0}
          className="input-number"
          aria-label={t('evidence.populations.evidencedLabel', { id })}
          value={evidenced}
          onChange={(ev) => setEvidenced(ev.target.value)}
        />
        {population !== '' && evidenced !== '' && !valid && (
          <span className="block field-error">{t('evidence.populations.invalid')}</span>
        )}
      </td>
      <td className="num">
        {coverage && recorded ? (
          pct(coverage.coverage)
        ) : (
          <span className="muted">{t('evidence.populations.notRecorded')}</span>
        )}
      </td>
      <td className="actions">
        <button type="button" className="btn btn-small" disabled={!valid || busy} onClick={() => void save()}>
          {t('evidence.populations.save')}
        </button>
      </td>
    </tr>
  );
}

/** Per-event controls: the events so far and how many are evidenced, which is all their coverage depends on. */
export function PopulationsCard({ assessmentId, controls, populations, coverage, onSaved }: PopulationsCardProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const perEvent = controls.filter((c) => c.frequency === 'per_event' && c.status !== 'not_applicable');
  const recorded = new Map(populations.map((p) => [p.controlId, p]));
  return (
    <details className="card populations" data-testid="populations">
      <summary>
        <h2 className="card-title">{t('evidence.populations.title')}</h2>{' '}
        <span className="muted small">
          {t('evidence.populations.summary', {
            count: perEvent.length,
            recorded: perEvent.filter((c) => recorded.has(c.controlId)).length,
          })}
        </span>
      </summary>
      <p className="muted small">{t('evidence.populations.intro')}</p>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      {perEvent.length === 0 ? (
        <p className="muted">{t('evidence.populations.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('evidence.populations.control')}</th>
                <th scope="col">{t('evidence.populations.population')}</th>
                <th scope="col">{t('evidence.populations.evidenced')}</th>
                <th scope="col" className="num">
                  {t('evidence.populations.coverage')}
                </th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t('evidence.table.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {perEvent.map((c) => (
                <PopulationRow
                  key={`${c.controlId}:${recorded.get(c.controlId)?.population ?? ''}:${recorded.get(c.controlId)?.evidenced ?? ''}`}
                  assessmentId={assessmentId}
                  control={c}
                  recorded={recorded.get(c.controlId)}
                  coverage={coverage.get(c.controlId)}
                  onSaved={(text, error) => {
                    setMessage(
                      error
                        ? { tone: 'error', text: t('evidence.populations.failed', { message: error }) }
                        : { tone: 'success', text: text ?? '' },
                    );
                    if (!error) onSaved();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
