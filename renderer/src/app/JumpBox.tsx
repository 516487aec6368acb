import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERION_REFS } from '../../../shared/catalog/criteria-ids';
import { useFormat } from '../i18n/format';
import { useAssessment } from './assessment-context';
import { useNavigation } from './navigation';
import { useWorkspace } from './workspace-context';

interface Option {
  kind: 'control' | 'criterion';
  id: string;
  title: string;
}

const MAX_OPTIONS = 8;

function rank(option: Option, query: string): number {
  const id = option.id.toLowerCase();
  if (id === query) return 0;
  if (id.startsWith(query)) return 1;
  if (id.includes(query)) return 2;
  return option.title.toLowerCase().includes(query) ? 3 : -1;
}

/** Ctrl/Cmd+K: jump to any control or criterion of the assessment by id or title. */
export function JumpBox({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { catalog, info } = useWorkspace();
  const { assessment, controls } = useAssessment();
  const { jumpTo } = useNavigation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const all = useMemo<Option[]>(() => {
    if (!assessment || !catalog) return [];
    const scope = new Set<string>(assessment.categories);
    const criteria = CRITERION_REFS.filter((c) => scope.has(c.category)).map<Option>((c) => ({
      kind: 'criterion',
      id: c.id,
      title: catalog.criterion(c.id)?.title[locale] ?? c.id,
    }));
    const list = (controls ?? []).map<Option>((c) => ({
      kind: 'control',
      id: c.controlId,
      title: catalog.titleOf(c, locale),
    }));
    return [...criteria, ...list];
  }, [assessment, catalog, controls, locale]);

  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return all
      .map((option) => ({ option, score: rank(option, q) }))
      .filter((r) => r.score >= 0)
      .sort((a, b) => a.score - b.score || a.option.id.localeCompare(b.option.id, 'en', { numeric: true }))
      .slice(0, MAX_OPTIONS)
      .map((r) => r.option);
  }, [all, query]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'control') jumpTo({ controlId: option.id, open: true });
    else jumpTo({ criterionId: option.id, open: false });
    setQuery('');
    setOpen(false);
  };

  const showList = open && query.trim().length > 0;
  const activeOption = options[Math.min(active, options.length - 1)];
  return (
    <div className="jump">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('topbar.jumpLabel')}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && activeOption ? `${listId}-${activeOption.kind}-${activeOption.id}` : undefined
        }
        placeholder={t('topbar.jumpPlaceholder')}
        value={query}
        disabled={disabled}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(activeOption);
          } else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
          }
        }}
      />
      <kbd className="jump-kbd" aria-hidden="true">
        {info?.platform === 'darwin' ? '⌘ K' : 'Ctrl K'}
      </kbd>
      {showList && (
        <ul id={listId} role="listbox" className="jump-list" aria-label={t('topbar.jumpLabel')}>
          {options.length === 0 && <li className="jump-empty">{t('topbar.jumpNoMatch', { query: query.trim() })}</li>}
          {options.map((option) => (
            <li
              key={`${option.kind}-${option.id}`}
              id={`${listId}-${option.kind}-${option.id}`}
              role="option"
              aria-selected={option === activeOption}
              className="jump-option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              <span className="jump-kind">
                {option.kind === 'control' ? t('topbar.jumpControl') : t('topbar.jumpCriterion')}
              </span>
              <span className="mono">{option.id}</span>
              <span className="jump-title">{option.title}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
