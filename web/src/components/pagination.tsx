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
  total: number;
  nextHref: string | null;
  firstHref: string | null;
}) {
  const { t, format } = useI18n();
  return (
    <nav className="pagination" aria-label={t('list.showing', { from: format.integer(from), to: format.integer(from + count - 1), total: format.integer(total) })}>
      <p>{t('list.showing', { from: format.integer(count === 0 ? 0 : from), to: format.integer(from + count - 1), total: format.integer(total) })}</p>
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
