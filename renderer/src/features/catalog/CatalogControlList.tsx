import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogControl } from '../../../../shared/catalog/schema';
import { useFormat } from '../../i18n/format';

interface CatalogControlListProps {
  controls: readonly CatalogControl[];
  openId: string | null;
  onOpen: (id: string) => void;
}

/** ↑/↓ move between the rows of the list, as in the checklist. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.catalog-item')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = items[event.key === 'ArrowDown' ? at + 1 : Math.max(0, at - 1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** The controls the filters show, one row each: id, title, criteria, stage and frequency. */
export const CatalogControlList = memo(function CatalogControlList({
  controls,
  openId,
  onOpen,
}: CatalogControlListProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (controls.length === 0) return <div className="empty-state small">{t('catalogBrowser.noMatch')}</div>;
  return (
    <ul
      className="catalog-list cb-list"
      data-testid="catalog-controls"
      aria-label={t('catalogBrowser.listLabel')}
      onKeyDown={moveFocus}
    >
      {controls.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className={`catalog-item${openId === c.id ? ' is-open' : ''}`}
            aria-current={openId === c.id ? 'true' : undefined}
            data-control-id={c.id}
            onClick={() => onOpen(c.id)}
          >
            <span className="mono">{c.id}</span>
            <span className="catalog-item-title">
              {c.title[locale]}
              {c.keyDefault && <span className="tag tag-key">{t('catalogBrowser.key')}</span>}
              {c.aiSpecific && <span className="tag tag-ai">{t('catalogBrowser.aiSpecific')}</span>}
            </span>
            <span className="catalog-item-meta">
              <span className="mono">{c.criteria.join(', ')}</span> · {t(`stage.${c.stage}`)} ·{' '}
              {t(`frequency.${c.frequency}`)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
