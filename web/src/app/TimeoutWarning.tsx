import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from './session.js';

/** Screen readers hear the time left at these steps only; the visible countdown moves every second. */
const ANNOUNCE_EVERY_SECONDS = 30;

/**
 * The GOV.UK timeout warning: two minutes before an idle sign-out, a modal dialog says when it
 * will happen and offers to stay signed in (the button, or Esc) or to sign out now. Typing
 * elsewhere does not dismiss it: only an answer does.
 */
export function TimeoutWarning() {
  const { t } = useI18n();
  const { idleSignOutAt, staySignedIn, signOut } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (idleSignOutAt === null) {
      if (element.open) element.close();
      return;
    }
    const tick = () => setSecondsLeft(Math.max(0, Math.ceil((idleSignOutAt - performance.now()) / 1000)));
    tick();
    if (!element.open) element.showModal();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleSignOutAt]);

  const timeText = (seconds: number) =>
    seconds >= 60 ? t('timeout.minutesSeconds', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 }) : t('timeout.seconds', { seconds });
  const time = timeText(secondsLeft);
  const announcedTime = timeText(Math.ceil(secondsLeft / ANNOUNCE_EVERY_SECONDS) * ANNOUNCE_EVERY_SECONDS);

  return (
    <dialog
      ref={dialog}
      className="timeout-warning"
      aria-labelledby="timeout-warning-title"
      aria-describedby="timeout-warning-text"
      onCancel={(event) => {
        // Esc answers "stay signed in", as in the GOV.UK pattern.
        event.preventDefault();
        staySignedIn();
      }}
    >
      <h2 id="timeout-warning-title">{t('timeout.title')}</h2>
      <p id="timeout-warning-text">
        <span aria-hidden="true">{t('timeout.body', { time })}</span>
        <span className="visually-hidden">{t('timeout.body', { time: announcedTime })}</span>
      </p>
      <p>{t('timeout.kept')}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={staySignedIn} autoFocus>
          {t('timeout.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => signOut('signedOut')}>
          {t('auth.signOut')}
        </button>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {idleSignOutAt !== null ? t('timeout.body', { time: announcedTime }) : ''}
      </div>
    </dialog>
  );
}
