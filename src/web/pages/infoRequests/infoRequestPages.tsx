import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches, so the public form never downloads the staff pages.
const InfoRequestFormPage = lazyPage(() => import('./InfoRequestFormPage.tsx').then((m) => m.InfoRequestFormPage));
const InfoRequestTrackPage = lazyPage(() => import('./InfoRequestTrackPage.tsx').then((m) => m.InfoRequestTrackPage));
const InfoRequestListPage = lazyPage(() => import('./InfoRequestListPage.tsx').then((m) => m.InfoRequestListPage));
const InfoRequestPage = lazyPage(() => import('./InfoRequestPage.tsx').then((m) => m.InfoRequestPage));
const TransferPage = lazyPage(() => import('./InfoRequestActionPages.tsx').then((m) => m.TransferPage));
const ClarifyPage = lazyPage(() => import('./InfoRequestActionPages.tsx').then((m) => m.ClarifyPage));
const StaffFilePage = lazyPage(() => import('./StaffFilePage.tsx').then((m) => m.StaffFilePage));

/** The requester's pages: no sign-in. */
export const publicInfoRequestPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/information-request', page: InfoRequestFormPage },
  { path: '/information-request/track', page: InfoRequestTrackPage },
  { path: '/information-request/track/:code', page: InfoRequestTrackPage },
];

/** The agency's pages (the answer and publication pages belong to their own slices). */
export const staffInfoRequestPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/info-requests', page: InfoRequestListPage },
  { path: '/info-requests/new', page: StaffFilePage },
  { path: '/info-requests/:id', page: InfoRequestPage },
  { path: '/info-requests/:id/transfer', page: TransferPage },
  { path: '/info-requests/:id/clarify', page: ClarifyPage },
];
