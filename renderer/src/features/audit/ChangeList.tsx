import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditChanges, type AuditEntry } from '../../../../shared/audit/types';
import { useFormat } from '../../i18n/format';
import { fieldLabel, valueText } from './values';

/** Fields shown for an added or removed record before "+ N more". */
const FIRST = 3;

/** Keys and bookkeeping that say little on their own in an added or removed record. */
const QUIET = new Set([
  'id',
  'assessment_id',
  'sort_order',
  'created_at',
  'loaded_at',
  'linked_at',
  'finding_key',
  'control_id',
  'source',
]);

/** What an entry changed: "field: before → after" for edits, the fields set for added or removed records. */
export function ChangeList({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [open, setOpen] = useState(false);
  const value = (field: string, v: unknown) => valueText(t, locale, entry.table, field, v);
  const changes = auditChanges(entry);

  if (entry.action === 'update') {
    return (
      <dl className="audit-changes">
        {changes.map((c) => (
          <div key={c.field} className="audit-change">
            <dt>{fieldLabel(t, c.field)}</dt>
            <dd>
              <span className="audit-before">{value(c.field, c.before)}</span>
              <span className="audit-arrow" aria-label="→">
                {' → '}
              </span>
              <span className="audit-after">{value(c.field, c.after)}</span>
            </dd>
          </div>
        ))}
      </dl>
    );
  }

  const side = entry.action === 'delete' ? 'before' : 'after';
  const fields = changes.filter((c) => c[side] !== null && c[side] !== '' && !QUIET.has(c.field));
  const shown = open ? fields : fields.slice(0, FIRST);
  return (
    <div>
      <dl className={`audit-changes${entry.action === 'delete' ? ' audit-removed' : ''}`}>
        {shown.map((c) => (
          <div key={c.field} className="audit-change">
            <dt>{fieldLabel(t, c.field)}</dt>
            <dd>{value(c.field, c[side])}</dd>
          </div>
        ))}
      </dl>
      {fields.length > FIRST && (
        <button type="button" className="btn btn-link btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('audit.fewerFields') : t('audit.moreFields', { count: fields.length - FIRST })}
        </button>
      )}
    </div>
  );
}
