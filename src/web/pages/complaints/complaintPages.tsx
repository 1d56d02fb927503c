import type { ComponentType } from 'preact';
import type { PageProps } from '../pageProps.ts';
import { CategorySettingsPage } from './CategorySettingsPage.tsx';
import { ComplaintFormPage } from './ComplaintFormPage.tsx';
import { OperatorConsolePage } from './OperatorConsolePage.tsx';
import { TrackPage } from './TrackPage.tsx';

/** The citizen's pages: no sign-in. */
export const publicComplaintPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/complain', page: ComplaintFormPage },
  { path: '/track', page: TrackPage },
  { path: '/track/:code', page: TrackPage },
];

/** Staff pages. */
export const staffComplaintPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/complaints/take', page: OperatorConsolePage },
  { path: '/complaints/categories', page: CategorySettingsPage },
];
