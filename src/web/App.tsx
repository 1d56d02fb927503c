import type { ComponentType } from 'preact';
import { useRef } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Layout } from './components/Layout.tsx';
import { markNavigation } from './hooks/navigationFocus.ts';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { adminPeoplePages } from './pages/admin/adminPeoplePages.tsx';
import { adminOrgRoutes } from './pages/adminOrg/adminOrgRoutes.tsx';
import { publicComplaintPages, staffComplaintPages } from './pages/complaints/complaintPages.tsx';
import { publicInfoRequestPages, staffInfoRequestPages } from './pages/infoRequests/infoRequestPages.tsx';
import { lazyPage } from './pages/lazyPage.tsx';
import { publicInfoRequestAnswerPages, staffInfoRequestAnswerPages } from './pages/infoRequestAnswers/infoRequestAnswerPages.tsx';
import type { PageProps } from './pages/pageProps.ts';
import type { NoteAction } from './pages/NoteActionPage.tsx';
import { reportRoutes } from './pages/reports/reportRoutes.tsx';
import { searchSynonymPages } from './pages/admin/searchSynonyms/searchSynonymPages.tsx';
import { workingCalendarPages } from './pages/admin/workingCalendar/workingCalendarPages.tsx';
import { infoRequestOpenPages } from './pages/infoRequestsOpen/infoRequestOpenPages.tsx';
import { RequireSession } from './session/RequireSession.tsx';
import { SessionProvider } from './session/SessionContext.tsx';

/*
 * Every page is its own chunk, loaded when its route matches (`pages/lazyPage.tsx`), so a citizen
 * opening /complain or /track downloads the shell and that page only, never the staff console
 * (issue #12: the first load of a citizen page stays under 100 KB compressed).
 */
const OpenDataPage = lazyPage(() => import('./pages/admin/OpenDataPage.tsx').then((m) => m.OpenDataPage));
const ClassifierPage = lazyPage(() => import('./pages/admin/ClassifierPage.tsx').then((m) => m.ClassifierPage));
const AuditLogPage = lazyPage(() => import('./pages/admin/AuditLogPage.tsx').then((m) => m.AuditLogPage));
const AssignCasePage = lazyPage(() => import('./pages/AssignCasePage.tsx').then((m) => m.AssignCasePage));
const CascadePage = lazyPage(() => import('./pages/CascadePage.tsx').then((m) => m.CascadePage));
const ClusterListPage = lazyPage(() => import('./pages/clusters/ClusterListPage.tsx').then((m) => m.ClusterListPage));
const CaseListPage = lazyPage(() => import('./pages/CaseListPage.tsx').then((m) => m.CaseListPage));
const CasePage = lazyPage(() => import('./pages/CasePage.tsx').then((m) => m.CasePage));
const GroupListPage = lazyPage(() => import('./pages/delivery/GroupListPage.tsx').then((m) => m.GroupListPage));
const GroupPage = lazyPage(() => import('./pages/delivery/GroupPage.tsx').then((m) => m.GroupPage));
const QuestionBoardPage = lazyPage(() => import('./pages/delivery/QuestionBoardPage.tsx').then((m) => m.QuestionBoardPage));
const InboxPage = lazyPage(() => import('./pages/InboxPage.tsx').then((m) => m.InboxPage));
const LeagueTablePage = lazyPage(() => import('./pages/league/LeagueTablePage.tsx').then((m) => m.LeagueTablePage));
const NewCasePage = lazyPage(() => import('./pages/NewCasePage.tsx').then((m) => m.NewCasePage));
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage.tsx').then((m) => m.NotFoundPage));
const DeliveryPicturePage = lazyPage(() => import('./pages/picture/DeliveryPicturePage.tsx').then((m) => m.DeliveryPicturePage));
const HomePage = lazyPage(() => import('./pages/picture/HomePage.tsx').then((m) => m.HomePage));
const ZoneListPage = lazyPage(() => import('./pages/picture/ZoneListPage.tsx').then((m) => m.ZoneListPage));
const ZonePage = lazyPage(() => import('./pages/picture/ZonePage.tsx').then((m) => m.ZonePage));
const ProgressPage = lazyPage(() => import('./pages/ProgressPage.tsx').then((m) => m.ProgressPage));
const ReportsPage = lazyPage(() => import('./pages/statistics-reports/ReportsPage.tsx').then((m) => m.ReportsPage));
const BudgetImportPage = lazyPage(() => import('./pages/budget/BudgetImportPage.tsx').then((m) => m.BudgetImportPage));
const SignInPage = lazyPage(() => import('./pages/SignInPage.tsx').then((m) => m.SignInPage));
const StatisticsPage = lazyPage(() => import('./pages/statistics/StatisticsPage.tsx').then((m) => m.StatisticsPage));
const NoteActionPage = lazyPage(() => import('./pages/NoteActionPage.tsx').then((m) => m.NoteActionPage));

/** A page for signed-in staff; the router hands it the URL's params and query. */
function Protected({ page: Page, ...props }: PageProps & { page: ComponentType<PageProps> }) {
  return (
    <RequireSession>
      <Page {...props} />
    </RequireSession>
  );
}

const noteAction = (action: NoteAction) => (props: PageProps) => <NoteActionPage {...props} action={action} />;
const CompletePage = noteAction('complete');
const ReturnPage = noteAction('return');
const SendBackPage = noteAction('send_back');
const ClosePage = noteAction('close');

/** Marks a change of page while rendering, before the new page's heading mounts and asks whether to take focus. */
function FocusOnNavigation() {
  const { path } = useLocation();
  const previous = useRef(path);
  if (previous.current !== path) {
    previous.current = path;
    markNavigation();
  }
  return null;
}

// Links under /api/ (downloads, API docs) are ordinary page loads, not app routes.
const appLinks = /^\/(?!api\/)/;

export function App() {
  return (
    <I18nProvider>
      <LocationProvider scope={appLinks}>
        <SessionProvider>
          <FocusOnNavigation />
          <Layout>
            <Router>
              <Route path="/signin" component={SignInPage} />
              <Route path="/" component={Protected} page={HomePage} />
              <Route path="/inbox" component={Protected} page={InboxPage} />
              <Route path="/picture" component={Protected} page={DeliveryPicturePage} />
              <Route path="/zones" component={Protected} page={ZoneListPage} />
              <Route path="/zones/:number" component={Protected} page={ZonePage} />
              <Route path="/cases" component={Protected} page={CaseListPage} />
              <Route path="/cases/new" component={Protected} page={NewCasePage} />
              <Route path="/cases/:id" component={Protected} page={CasePage} />
              <Route path="/cases/:id/assign" component={Protected} page={AssignCasePage} />
              <Route path="/cases/:id/close" component={Protected} page={ClosePage} />
              <Route path="/assignments/:id/cascade" component={Protected} page={CascadePage} />
              <Route path="/assignments/:id/progress" component={Protected} page={ProgressPage} />
              <Route path="/assignments/:id/complete" component={Protected} page={CompletePage} />
              <Route path="/assignments/:id/return" component={Protected} page={ReturnPage} />
              <Route path="/assignments/:id/send-back" component={Protected} page={SendBackPage} />
              {reportRoutes.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              <Route path="/reports" component={Protected} page={ReportsPage} />
              <Route path="/cases/:id/budget/import" component={Protected} page={BudgetImportPage} />
              <Route path="/groups" component={Protected} page={GroupListPage} />
              <Route path="/groups/:id" component={Protected} page={GroupPage} />
              <Route path="/parliamentary-questions" component={Protected} page={QuestionBoardPage} />
              <Route path="/clusters" component={Protected} page={ClusterListPage} />
              <Route path="/admin/audit" component={Protected} page={AuditLogPage} />
              <Route path="/admin/open-data" component={Protected} page={OpenDataPage} />
              <Route path="/admin/classifier" component={Protected} page={ClassifierPage} />
              {adminPeoplePages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              <Route path="/league" component={LeagueTablePage} />
              <Route path="/statistics" component={StatisticsPage} />
              <Route path="/statistics/:scope" component={StatisticsPage} />
              {publicComplaintPages.map(({ path, page }) => (
                <Route key={path} path={path} component={page} />
              ))}
              {staffComplaintPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {adminOrgRoutes.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {searchSynonymPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {workingCalendarPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {/* The answers' pages first: /info-requests/objections must not be read as a request id. */}
              {publicInfoRequestAnswerPages.map(({ path, page }) => (
                <Route key={path} path={path} component={page} />
              ))}
              {staffInfoRequestAnswerPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {infoRequestOpenPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              {publicInfoRequestPages.map(({ path, page }) => (
                <Route key={path} path={path} component={page} />
              ))}
              {staffInfoRequestPages.map(({ path, page }) => (
                <Route key={path} path={path} component={Protected} page={page} />
              ))}
              <Route default component={NotFoundPage} />
            </Router>
          </Layout>
        </SessionProvider>
      </LocationProvider>
    </I18nProvider>
  );
}
