import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Service name, language, and for signed-in staff who they are, how to sign out, and the main menu. */
export function Header() {
  const { t, name } = useI18n();
  const { state, signOut } = useSession();
  const location = useLocation();
  const session = state.status === 'signedIn' ? state.session : null;

  const links = [
    // National roles start on the national picture; their inbox is one click away (issue 11, item 4).
    ...(session?.permissions.nationalReach
      ? [
          { href: '/', label: t.picture.nav.home, current: location.path === '/' },
          { href: '/inbox', label: t.header.myWork, current: location.path === '/inbox' },
          { href: '/zones', label: t.picture.nav.zones, current: location.path.startsWith('/zones') },
        ]
      : [{ href: '/', label: t.header.myWork, current: location.path === '/' || location.path === '/inbox' }]),
    { href: '/cases', label: t.header.cases, current: location.path === '/cases' || /^\/cases\/(?!new)/.test(location.path) },
    ...(session?.permissions.nationalReach
      ? [
          { href: '/priorities', label: t.reports.nav, current: location.path === '/priorities' },
          { href: '/clusters', label: t.clusters.nav, current: location.path === '/clusters' },
        ]
      : []),
    { href: '/league', label: t.league.nav, current: location.path === '/league' },
    ...(session ? [{ href: '/statistics', label: t.statistics.nav, current: location.path.startsWith('/statistics') }] : []),
    { href: '/reports', label: t.statisticsReports.nav, current: location.path === '/reports' },
    { href: '/groups', label: t.delivery.nav.groups, current: location.path.startsWith('/groups') },
    { href: '/parliamentary-questions', label: t.delivery.nav.questions, current: location.path === '/parliamentary-questions' },
    ...(session?.permissions.creatableKinds.includes('complaint')
      ? [{ href: '/complaints/take', label: t.complaints.navConsole, current: location.path === '/complaints/take' }]
      : []),
    // Requests for official information: every signed-in person's list is cut to what their unit handles.
    ...(session ? [{ href: '/info-requests', label: t.header.infoRequests, current: location.path.startsWith('/info-requests') }] : []),
    // One way in to administration; the index lists every admin page (issue 13, item 13).
    ...(session?.permissions.manageUsers
      ? [{ href: '/admin', label: t.adminPeople.nav, current: location.path === '/admin' || location.path.startsWith('/admin/') }]
      : []),
    ...(session && session.permissions.creatableKinds.length > 0
      ? [{ href: '/cases/new', label: t.header.newCase, current: location.path === '/cases/new' }]
      : []),
  ];

  const leave = async () => {
    await signOut().catch(() => undefined);
    location.route('/signin');
  };

  return (
    <header class="header">
      <div class="header__bar">
        <div class="width-container header__inner">
          <a class="header__service" href="/">
            {t.serviceName}
          </a>
          <LanguageSwitch />
        </div>
      </div>
      {session && (
        <>
          <div class="account-bar">
            <div class="width-container account-bar__inner">
              <p class="account-bar__who">
                <span class="visually-hidden">{t.header.signedInAs} </span>
                <strong>{session.user.displayName}</strong>
                <span class="account-bar__unit">{name(session.user.unit.name)}</span>
              </p>
              <button type="button" class="link-button account-bar__signout" onClick={leave}>
                {t.header.signOut}
              </button>
            </div>
          </div>
          <nav class="nav" aria-label={t.header.nav}>
            <ul class="width-container nav__list">
              {links.map((link) => (
                <li key={link.href} class="nav__item">
                  <a class="nav__link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </>
      )}
    </header>
  );
}
