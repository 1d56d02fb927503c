import type { ComponentType } from 'preact';
import type { PageProps } from '../pageProps.ts';
import { DecisionPage } from './DecisionPage.tsx';
import { ImportPage } from './ImportPage.tsx';
import { MeasurementPage } from './MeasurementPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { ReportFormPage } from './ReportFormPage.tsx';

/** The delivery-reporting pages, each for signed-in staff; App.tsx mounts them. */
export const reportRoutes: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/priorities', page: OverviewPage },
  { path: '/assignments/:id/report', page: ReportFormPage },
  { path: '/assignments/:id/measurement', page: MeasurementPage },
  { path: '/cases/:id/import', page: ImportPage },
  { path: '/cases/:id/decision', page: DecisionPage },
];
