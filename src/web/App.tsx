import type { ComponentType } from 'preact';
import { useRef } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Layout } from './components/Layout.tsx';
import { markNavigation } from './hooks/navigationFocus.ts';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { AuditLogPage } from './pages/admin/AuditLogPage.tsx';
import { OpenDataPage } from './pages/admin/OpenDataPage.tsx';
import { AssignCasePage } from './pages/AssignCasePage.tsx';
import { CascadePage } from './pages/CascadePage.tsx';
import { ClusterListPage } from './pages/clusters/ClusterListPage.tsx';
import { CaseListPage } from './pages/CaseListPage.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { GroupListPage } from './pages/delivery/GroupListPage.tsx';
import { GroupPage } from './pages/delivery/GroupPage.tsx';
import { QuestionBoardPage } from './pages/delivery/QuestionBoardPage.tsx';
import { publicComplaintPages, staffComplaintPages } from './pages/complaints/complaintPages.tsx';
import { InboxPage } from './pages/InboxPage.tsx';
import { LeagueTablePage } from './pages/league/LeagueTablePage.tsx';
import { NewCasePage } from './pages/NewCasePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import type { PageProps } from './pages/pageProps.ts';
import { NoteActionPage, type NoteAction } from './pages/NoteActionPage.tsx';
import { DeliveryPicturePage } from './pages/picture/DeliveryPicturePage.tsx';
import { HomePage } from './pages/picture/HomePage.tsx';
import { ZoneListPage } from './pages/picture/ZoneListPage.tsx';
import { ZonePage } from './pages/picture/ZonePage.tsx';
import { ProgressPage } from './pages/ProgressPage.tsx';
import { reportRoutes } from './pages/reports/reportRoutes.tsx';
import { ReportsPage } from './pages/statistics-reports/ReportsPage.tsx';
import { BudgetImportPage } from './pages/budget/BudgetImportPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { StatisticsPage } from './pages/statistics/StatisticsPage.tsx';
import { RequireSession } from './session/RequireSession.tsx';
import { SessionProvider } from './session/SessionContext.tsx';

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
              <Route path="/league" component={LeagueTablePage} />
              <Route path="/statistics" component={StatisticsPage} />
              <Route path="/statistics/:scope" component={StatisticsPage} />
              {publicComplaintPages.map(({ path, page }) => (
                <Route key={path} path={path} component={page} />
              ))}
              {staffComplaintPages.map(({ path, page }) => (
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
