import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Loaded when one of their routes matches (`pages/lazyPage.tsx`), so the public page never loads the staff ones.
const AnswerPage = lazyPage(() => import('./AnswerPage.tsx').then((m) => m.AnswerPage));
const ObjectionPage = lazyPage(() => import('./ObjectionPage.tsx').then((m) => m.ObjectionPage));
const ObjectionListPage = lazyPage(() => import('./ObjectionListPages.tsx').then((m) => m.ObjectionListPage));
const ObjectionDecisionPage = lazyPage(() => import('./ObjectionListPages.tsx').then((m) => m.ObjectionDecisionPage));
const DisclosureGroundsPage = lazyPage(() => import('./DisclosureGroundsPage.tsx').then((m) => m.DisclosureGroundsPage));

/** The requester's objection page (issue #16): no sign-in, the tracking code is the key. */
export const publicInfoRequestAnswerPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/information-request/track/:code/object', page: ObjectionPage },
];

/** Staff pages: the agency's answer, the Commission office's objections, the grounds administrators keep. */
export const staffInfoRequestAnswerPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/info-requests/:id/answer', page: AnswerPage },
  { path: '/info-requests/objections', page: ObjectionListPage },
  { path: '/info-requests/objections/:id', page: ObjectionDecisionPage },
  { path: '/admin/disclosure-grounds', page: DisclosureGroundsPage },
];
