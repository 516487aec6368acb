import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace-context';
import { AuditActorCard } from '../audit/AuditActorCard';
import { ProtectionSettings } from '../protection/ProtectionSettings';
import { LanguageCard } from './LanguageSelect';

/** What this copy of Fieldwork is, where its data lives, and its promises. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { info } = useWorkspace();
  const rows: Array<[string, string]> = [
    [t('settings.version'), info?.version ?? ''],
    [t('settings.catalogVersion'), info?.catalogVersion ?? ''],
    [t('settings.workspace'), info?.workspacePath ?? ''],
    [t('settings.platform'), info?.platform ?? ''],
    [t('settings.theme'), t('settings.themeValue')],
    [t('settings.privacy'), t('settings.privacyValue')],
    [t('settings.shortcuts'), t('settings.shortcutList')],
  ];
  return (
    <section className="page page-narrow" aria-labelledby="settings-title">
      <header className="page-header">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
        </div>
      </header>
      <article className="card">
        <h2 className="card-title">{t('settings.about')}</h2>
        <dl className="facts-table">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
      <LanguageCard />
      <ProtectionSettings />
      <AuditActorCard />
    </section>
  );
}
