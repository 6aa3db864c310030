import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';

/**
 * The screen's h1: it names the browser tab and takes focus when the screen opens, so a
 * screen-reader or keyboard user starts at the top of the new screen.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // After the screen's first frame: focusing forces a layout, which would otherwise hold back
    // the drawing of a screen that opens with its data (a table's layout takes ~20 ms cold).
    const frame = requestAnimationFrame(() => setTimeout(() => ref.current?.focus({ preventScroll: true })));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** A screen the caller's roles do not open: its title and the refusal. */
export function Forbidden({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="notice">{t('error.FORBIDDEN')}</div>
    </>
  );
}
