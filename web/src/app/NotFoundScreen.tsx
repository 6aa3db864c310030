import { Link } from './router.js';
import { PageHeading } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';

export function NotFoundScreen({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('app.notFound.title')}>{t('app.notFound.title')}</PageHeading>
      <p>{t('app.notFound.body', { path })}</p>
      <p>
        <Link to="/processes">{t('app.notFound.back')}</Link>
      </p>
    </>
  );
}
