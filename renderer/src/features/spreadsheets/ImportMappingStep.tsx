import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { columnName } from '../../../../shared/interchange/header-matcher';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type MatrixProposal,
} from '../../../../shared/interchange/import-types';

export interface RereadOptions {
  sheet?: string;
  headerRow?: number;
  headerRows?: 1 | 2;
}

interface MappingStepProps {
  proposal: MatrixProposal;
  mapping: ColumnMapping;
  busy: boolean;
  onChange: (mapping: ColumnMapping) => void;
  onReread: (options: RereadOptions) => void;
}

const HINTED = new Set<ImportField>(['id', 'criteria', 'status']);

function examples(proposal: MatrixProposal, column: number | undefined): string {
  if (column === undefined) return '';
  const values = proposal.sampleRows.map((row) => (row[column] ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [...new Set(values)]
    .slice(0, 3)
    .map((v) => (v.length > 36 ? `${v.slice(0, 35)}…` : v))
    .join(' · ');
}

/** Step 2: where the header is, and which column feeds each field (prefilled from the proposal). */
export function ImportMappingStep({ proposal, mapping, busy, onChange, onReread }: MappingStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const headerOptions = proposal.topRows.map((preview, i) => ({ row: i + 1, preview })).filter((o) => o.preview !== '');
  return (
    <div className="import-mapping" data-testid="import-mapping">
      <div className="import-source">
        {proposal.sheets.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-sheet`}>{t('spreadsheets.sheet')}</label>
            <select
              id={`${id}-sheet`}
              value={proposal.sheet}
              disabled={busy}
              onChange={(e) => onReread({ sheet: e.target.value })}
            >
              {proposal.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-header`}>{t('spreadsheets.headerRow')}</label>
          <select
            id={`${id}-header`}
            value={proposal.headerRow}
            disabled={busy}
            onChange={(e) =>
              onReread({
                ...(proposal.sheet ? { sheet: proposal.sheet } : {}),
                headerRow: Number(e.target.value),
                headerRows: proposal.headerRows,
              })
            }
          >
            {headerOptions.map((o) => (
              <option key={o.row} value={o.row}>
                {t('spreadsheets.headerRowOption', { row: o.row, preview: o.preview })}
              </option>
            ))}
          </select>
        </div>
        <label className="choice import-two-rows">
          <input
            type="checkbox"
            checked={proposal.headerRows === 2}
            disabled={busy}
            onChange={(e) =>
              onReread({
                ...(proposal.sheet ? { sheet: proposal.sheet } : {}),
                headerRow: proposal.headerRow,
                headerRows: e.target.checked ? 2 : 1,
              })
            }
          />
          {t('spreadsheets.twoHeaderRows')}
        </label>
      </div>
      <p className="muted">{t('spreadsheets.mappingIntro')}</p>
      <div className="table-wrap">
        <table className="data-table import-mapping-table">
          <caption className="visually-hidden">{t('spreadsheets.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spreadsheets.colField')}</th>
              <th scope="col">{t('spreadsheets.colColumn')}</th>
              <th scope="col">{t('spreadsheets.colExamples')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_FIELDS.map((field) => {
              const column = mapping[field];
              const proposed =
                proposal.proposedMapping[field] !== undefined && proposal.proposedMapping[field] === column;
              return (
                <tr key={field} data-field={field}>
                  <th scope="row">
                    <label htmlFor={`${id}-${field}`}>{t(`spreadsheets.field.${field}`)}</label>
                    {HINTED.has(field) && (
                      <div className="field-hint">
                        {t(`spreadsheets.fieldHint.${field as 'id' | 'criteria' | 'status'}`)}
                      </div>
                    )}
                  </th>
                  <td>
                    <div className="import-choice">
                      <select
                        id={`${id}-${field}`}
                        value={column ?? ''}
                        disabled={busy}
                        onChange={(e) => {
                          const next = { ...mapping };
                          if (e.target.value === '') delete next[field];
                          else next[field] = Number(e.target.value);
                          onChange(next);
                        }}
                      >
                        <option value="">{t('spreadsheets.notImported')}</option>
                        {proposal.headers.map((header, c) => (
                          <option key={c} value={c}>
                            {t('spreadsheets.columnOption', { letter: columnName(c), header })}
                          </option>
                        ))}
                      </select>
                      {proposed && <span className="tag import-proposed">{t('spreadsheets.proposed')}</span>}
                    </div>
                  </td>
                  <td className="import-examples">{examples(proposal, column)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
