import { useI18n } from '../i18n/i18n.js';
import { Link } from '../app/router.js';

/**
 * Cursor paging as the API offers it: forward with endCursor; back to the first page. The
 * cursor is in the address, so a page can be reloaded and shared.
 */
export function Pagination({
  from,
  count,
  total,
  nextHref,
  firstHref,
}: {
  from: number;
  count: number;
  /** Rows across all pages, when the API counts them. */
  total?: number;
  nextHref: string | null;
  firstHref: string | null;
}) {
  const { t, format } = useI18n();
  const range = { from: format.integer(count === 0 ? 0 : from), to: format.integer(from + count - 1) };
  const text = total === undefined ? t('list.showingOpen', range) : t('list.showing', { ...range, total: format.integer(total) });
  return (
    <nav className="pagination" aria-label={text}>
      <p>{text}</p>
      <ul>
        {firstHref ? (
          <li>
            <Link to={firstHref}>{t('list.first')}</Link>
          </li>
        ) : null}
        {nextHref ? (
          <li>
            <Link to={nextHref} rel="next">
              {t('list.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
