import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Loading, PageHeading } from '../components/page.js';
import { NotFoundScreen } from './NotFoundScreen.js';
import { AcceptInvitationScreen } from '../features/account/AcceptInvitationScreen.js';
import { SignInScreen } from '../features/account/SignInScreen.js';
import { currentAddress, Link, useRouter } from './router.js';
import { SCREEN_ROUTES, screenAt } from './routes.js';
import { useSession } from './session.js';
import { TimeoutWarning } from './TimeoutWarning.js';

/** The screen at this address (routes.tsx), or the not-found page. */
function Screen({ pathname }: { pathname: string }) {
  const found = screenAt(pathname);
  return found ? found.route.render(found.params, pathname) : <NotFoundScreen path={pathname} />;
}

function Header() {
  const { t, label, language, setLanguage } = useI18n();
  const { status, session, signOut, chooseOrganization } = useSession();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header__bar">
        <Link to="/processes" className="app-name">
          {t('app.name')}
        </Link>
        {status === 'signedIn' && session ? (
          <nav aria-label={t('app.mainNavigation')}>
            <ul>
              {SCREEN_ROUTES.flatMap(({ path, menu }) =>
                menu && (!menu.roles || menu.roles.some((role) => session.can(role)))
                  ? [
                      <li key={path}>
                        <Link to={path}>{t(menu.label)}</Link>
                      </li>,
                    ]
                  : [],
              )}
            </ul>
          </nav>
        ) : null}
        <div className="app-header__account">
          {session ? (
            <>
              {session.organizations.length > 1 ? (
                <label className="organization-switch">
                  {t('app.organization')}{' '}
                  <select value={session.organization.id} onChange={(event) => chooseOrganization(event.target.value)}>
                    {session.organizations.map((organization) => (
                      <option key={organization.id} value={organization.id}>
                        {organization.name}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <span className="organization-name">{session.organization.name}</span>
              )}
              <span className="account-roles">
                <span className="visually-hidden">{t('app.roles')}: </span>
                {session.roles.map((role) => label('Role', role)).join(', ')}
              </span>
              <span className="visually-hidden">{t('app.signedInAs', { email: session.email })}</span>
            </>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            lang={language === 'pl' ? 'en' : 'pl'}
            aria-label={t('app.switchLanguageLabel')}
            onClick={() => setLanguage(language === 'pl' ? 'en' : 'pl')}
          >
            {t('app.switchLanguage')}
          </button>
          {status !== 'signedOut' ? (
            <button type="button" className="button button--secondary" onClick={() => signOut('signedOut')}>
              {t('auth.signOut')}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useI18n();
  const { status } = useSession();
  const { location, navigate } = useRouter();
  const onSignIn = location.pathname === '/sign-in';
  // Joining by invitation is for people not signed in yet.
  const onInvitation = location.pathname === '/accept-invitation';

  useEffect(() => {
    if (status === 'signedOut' && !onSignIn && !onInvitation) {
      navigate(`/sign-in?next=${encodeURIComponent(currentAddress(location))}`, { replace: true });
    } else if (status === 'signedIn' && onSignIn) {
      const next = location.search.get('next');
      // Only addresses of this app: never an open redirect.
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/processes', { replace: true });
    } else if (status === 'signedIn' && location.pathname === '/') {
      navigate('/processes', { replace: true });
    }
  }, [status, onSignIn, onInvitation, location, navigate]);

  let content;
  if (status === 'loading') content = <Loading />;
  else if (status === 'signedOut') content = onSignIn ? <SignInScreen /> : onInvitation ? <AcceptInvitationScreen /> : <Loading />;
  else if (status === 'noMembership')
    content = (
      <>
        <PageHeading title={t('app.name')}>{t('app.name')}</PageHeading>
        <p>{t('app.noMembership')}</p>
      </>
    );
  else content = onSignIn || location.pathname === '/' ? <Loading /> : <Screen pathname={location.pathname} />;

  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        {content}
      </main>
      {status === 'signedIn' ? <TimeoutWarning /> : null}
    </>
  );
}
