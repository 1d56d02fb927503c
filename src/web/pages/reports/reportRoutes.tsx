import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches (`pages/lazyPage.tsx`).
const DecisionPage = lazyPage(() => import('./DecisionPage.tsx').then((m) => m.DecisionPage));
const ImportPage = lazyPage(() => import('./ImportPage.tsx').then((m) => m.ImportPage));
const MeasurementPage = lazyPage(() => import('./MeasurementPage.tsx').then((m) => m.MeasurementPage));
const OverviewPage = lazyPage(() => import('./OverviewPage.tsx').then((m) => m.OverviewPage));
const ReportFormPage = lazyPage(() => import('./ReportFormPage.tsx').then((m) => m.ReportFormPage));

/** The delivery-reporting pages, each for signed-in staff; App.tsx mounts them. */
export const reportRoutes: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/priorities', page: OverviewPage },
  { path: '/assignments/:id/report', page: ReportFormPage },
  { path: '/assignments/:id/measurement', page: MeasurementPage },
  { path: '/cases/:id/import', page: ImportPage },
  { path: '/cases/:id/decision', page: DecisionPage },
];
