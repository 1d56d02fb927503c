import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches (preact-iso `lazy`).
const DecisionPage = lazy(() => import('./DecisionPage.tsx').then((m) => m.DecisionPage));
const ImportPage = lazy(() => import('./ImportPage.tsx').then((m) => m.ImportPage));
const MeasurementPage = lazy(() => import('./MeasurementPage.tsx').then((m) => m.MeasurementPage));
const OverviewPage = lazy(() => import('./OverviewPage.tsx').then((m) => m.OverviewPage));
const ReportFormPage = lazy(() => import('./ReportFormPage.tsx').then((m) => m.ReportFormPage));

/** The delivery-reporting pages, each for signed-in staff; App.tsx mounts them. */
export const reportRoutes: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/priorities', page: OverviewPage },
  { path: '/assignments/:id/report', page: ReportFormPage },
  { path: '/assignments/:id/measurement', page: MeasurementPage },
  { path: '/cases/:id/import', page: ImportPage },
  { path: '/cases/:id/decision', page: DecisionPage },
];
