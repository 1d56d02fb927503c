import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches, so /complain and /track never download the staff console.
const CategorySettingsPage = lazyPage(() => import('./CategorySettingsPage.tsx').then((m) => m.CategorySettingsPage));
const ComplaintFormPage = lazyPage(() => import('./ComplaintFormPage.tsx').then((m) => m.ComplaintFormPage));
const OperatorConsolePage = lazyPage(() => import('./OperatorConsolePage.tsx').then((m) => m.OperatorConsolePage));
const PublicReplyPage = lazyPage(() => import('./PublicReplyPage.tsx').then((m) => m.PublicReplyPage));
const TrackPage = lazyPage(() => import('./TrackPage.tsx').then((m) => m.TrackPage));

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
  { path: '/complaints/:id/reply', page: PublicReplyPage },
];
