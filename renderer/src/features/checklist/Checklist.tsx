import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlStatus } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { useAssessment } from '../../app/assessment-context';
import { useNavigation } from '../../app/navigation';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/format';
import { CatalogUpdateBanner } from '../catalog/CatalogUpdateBanner';
import { ControlPanel } from '../control/ControlPanel';
import { CustomControlModal } from '../control/CustomControlModal';
import { JustificationModal } from '../control/JustificationModal';
import { ImportMatrixButton } from '../spreadsheets/ImportMatrixButton';
import { BulkBar } from './BulkBar';
import { ChecklistFilters } from './ChecklistFilters';
import { ChecklistGrid } from './ChecklistGrid';
import { buildRows, NO_FILTERS, type Filters, type Sort, type SortColumn } from './rows';
import { useJump } from './useJump';

/** The checklist: category → criterion → control, filters, bulk edits, keyboard, and the detail panel. */
export function Checklist() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog } = useWorkspace();
  const { assessment, controls, error, updateControl } = useAssessment();
  const { jump, jumpTo } = useNavigation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ column: 'id', direction: 1 });
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [askJustification, setAskJustification] = useState<string[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const { rows, shown, total } = useMemo(
    () =>
      buildRows(controls ?? [], assessment?.categories ?? [], filters, sort, (c) =>
        catalog ? catalog.titleOf(c, locale) : c.controlId,
      ),
    [controls, assessment?.categories, filters, sort, catalog, locale],
  );
  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const panelControl = controls?.find((c) => c.controlId === panelId) ?? null;

  const focusIndex = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setFocusedKey(row.key);
      // The panel follows the focused control while it is open.
      if (row.kind === 'control') setPanelId((open) => (open === null ? null : row.control.controlId));
    },
    [rows],
  );

  const open = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row?.kind !== 'control') return;
      setFocusedKey(row.key);
      setPanelId(row.control.controlId);
    },
    [rows],
  );

  const setStatus = useCallback(
    (index: number, status: ControlStatus) => {
      const row = rows[index];
      if (row?.kind !== 'control') return;
      const id = row.control.controlId;
      if (status === 'not_applicable' && row.control.justification.trim() === '') {
        setAskJustification([id]);
        return;
      }
      updateControl(id, { status }).catch((e: unknown) =>
        setMessage({ tone: 'error', text: t('checklist.updateFailed', { id, message: errorMessage(e) }) }),
      );
    },
    [rows, updateControl, t],
  );

  const toggleSelect = useCallback((id: string) => {
    setSelection((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const selectAll = useCallback(
    (on: boolean) =>
      setSelection(on ? new Set(rows.flatMap((r) => (r.kind === 'control' ? [r.control.controlId] : []))) : new Set()),
    [rows],
  );

  const onSort = useCallback((column: SortColumn) => {
    setSort((s) => ({ column, direction: s.column === column ? (s.direction === 1 ? -1 : 1) : 1 }));
  }, []);

  const closePanel = useCallback(() => {
    setPanelId(null);
    gridRef.current?.focus();
  }, []);

  useJump({ jump, rows, ready: controls !== null, filters, setFilters, setFocusedKey, setPanelId, gridRef });

  if (!assessment) return null;
  return (
    <section className={`page page-checklist${panelControl ? ' with-panel' : ''}`} aria-labelledby="checklist-title">
      <div className="checklist-main">
        <header className="page-header">
          <div>
            <h1 id="checklist-title">{t('checklist.title')}</h1>
            <p className="page-intro">{t('checklist.intro')}</p>
          </div>
          <div className="page-header-actions">
            <ImportMatrixButton />
            <button type="button" className="btn" onClick={() => setAdding(true)}>
              {t('checklist.addCustom')}
            </button>
          </div>
        </header>
        <CatalogUpdateBanner />
        {error && <Notice tone="error">{error}</Notice>}
        {message && (
          <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
            {message.text}
          </Notice>
        )}
        <ChecklistFilters filters={filters} onChange={setFilters} shown={shown} total={total} />
        {selection.size > 0 && (
          <BulkBar
            selection={selection}
            onClear={() => setSelection(new Set())}
            onDone={(text, tone) => setMessage({ text, tone })}
            onNeedJustification={() => setAskJustification([...selection])}
          />
        )}
        {!controls ? (
          <p role="status" className="muted">
            {t('checklist.loading')}
          </p>
        ) : total === 0 ? (
          <div className="empty-state small">{t('checklist.empty')}</div>
        ) : rows.length === 0 ? (
          <div className="empty-state small">{t('checklist.noMatch')}</div>
        ) : (
          <ChecklistGrid
            rows={rows}
            focused={focused}
            selection={selection}
            sort={sort}
            gridRef={gridRef}
            onFocus={focusIndex}
            onOpen={open}
            onClose={closePanel}
            onSetStatus={setStatus}
            onToggleSelect={toggleSelect}
            onSelectAll={selectAll}
            onSort={onSort}
          />
        )}
        <p className="shortcuts muted small">{t('checklist.shortcuts')}</p>
      </div>
      {panelControl && <ControlPanel key={panelControl.controlId} control={panelControl} onClose={closePanel} />}
      {askJustification && (
        <JustificationModal
          controlIds={askJustification}
          onClose={() => {
            setAskJustification(null);
            gridRef.current?.focus();
          }}
          onDone={(text) => {
            if (text) setMessage({ tone: 'success', text });
            if (askJustification.length > 1) setSelection(new Set());
          }}
        />
      )}
      {adding && (
        <CustomControlModal
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            setAdding(false);
            // Focus its row and open it, as a jump would, once the list holds it.
            jumpTo({ controlId: id, open: true });
          }}
        />
      )}
    </section>
  );
}
