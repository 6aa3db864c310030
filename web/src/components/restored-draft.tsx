import { useI18n } from '../i18n/i18n.js';

/** Says that a form shows what was typed before a sign-in ended, and offers to drop it. */
export function RestoredDraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="status">
      <p>{t('draft.restored')}</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </div>
  );
}
