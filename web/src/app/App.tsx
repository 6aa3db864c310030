import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Loading, PageHeading } from '../components/page.js';
import { NotFoundScreen } from '../screens/NotFoundScreen.js';
import { AcceptInvitationScreen, AuditScreen, UsersScreen } from '../screens/AdminScreens.js';
import { CandidateScreen } from '../screens/CandidateScreen.js';
import { TokensScreen } from '../screens/TokensScreen.js';
import { PortfolioScreen } from '../screens/PortfolioScreen.js';
import { ScenariosScreen } from '../screens/ScenariosScreen.js';
import { ClaimScreen } from '../screens/ClaimScreen.js';
import { ClaimsScreen, NewClaimScreen } from '../screens/ClaimsScreen.js';
import { PeriodScreen } from '../screens/PeriodScreen.js';
import { ProcessEditorScreen } from '../screens/ProcessEditorScreen.js';
import { ProcessListScreen } from '../screens/ProcessListScreen.js';
import { RankingScreen } from '../screens/RankingScreen.js';
import { SignInScreen } from '../screens/SignInScreen.js';
import { currentAddress, Link, matchPath, useRouter } from './router.js';
import { useSession } from './session.js';
import { TimeoutWarning } from './TimeoutWarning.js';

/** Every screen and its address. */
function Screen({ pathname }: { pathname: string }) {
  if (pathname === '/processes') return <ProcessListScreen />;
  if (pathname === '/processes/new') return <ProcessEditorScreen processId={null} />;
  if (pathname === '/ranking') return <RankingScreen />;
  if (pathname === '/portfolio') return <PortfolioScreen />;
  if (pathname === '/scenarios') return <ScenariosScreen />;
  if (pathname === '/claims') return <ClaimsScreen />;
  if (pathname === '/admin/users') return <UsersScreen />;
  if (pathname === '/admin/audit') return <AuditScreen />;
  if (pathname === '/account/tokens') return <TokensScreen />;
  if (pathname === '/claims/new') return <NewClaimScreen />;
  const claim = matchPath('/claims/:claimId', pathname);
  if (claim) return <ClaimScreen key={claim.claimId} claimId={claim.claimId} />;
  const candidate = matchPath('/candidates/:processId', pathname);
  if (candidate) return <CandidateScreen key={candidate.processId} processId={candidate.processId} />;
  const period = matchPath('/processes/:processId/periods/:periodId', pathname);
  if (period) return <PeriodScreen key={pathname} processId={period.processId} periodId={period.periodId === 'new' ? null : period.periodId} />;
  const process = matchPath('/processes/:processId', pathname);
  if (process) return <ProcessEditorScreen key={process.processId} processId={process.processId} />;
  return <NotFoundScreen path={pathname} />;
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
              <li>
                <Link to="/processes">{t('nav.processes')}</Link>
              </li>
              <li>
                <Link to="/ranking">{t('nav.ranking')}</Link>
              </li>
              <li>
                <Link to="/portfolio">{t('nav.portfolio')}</Link>
              </li>
              <li>
                <Link to="/scenarios">{t('nav.scenarios')}</Link>
              </li>
              <li>
                <Link to="/claims">{t('nav.claims')}</Link>
              </li>
              {session.can('ADMIN') ? (
                <li>
                  <Link to="/admin/users">{t('nav.users')}</Link>
                </li>
              ) : null}
              {session.can('ADMIN') || session.can('AUDITOR') ? (
                <li>
                  <Link to="/admin/audit">{t('nav.audit')}</Link>
                </li>
              ) : null}
              <li>
                <Link to="/account/tokens">{t('nav.tokens')}</Link>
              </li>
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
  }, [status, onSignIn, location, navigate]);

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
