import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Loaded when one of their routes matches (`pages/lazyPage.tsx`).
const PublishInfoRequestPage = lazyPage(() => import('./PublishInfoRequestPage.tsx').then((m) => m.PublishInfoRequestPage));
const RedactionRulesPage = lazyPage(() => import('./RedactionRulesPage.tsx').then((m) => m.RedactionRulesPage));

/** Publishing information requests (issue #16, "in the open"), for signed-in staff; App.tsx mounts them. */
export const infoRequestOpenPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/info-requests/:id/publish', page: PublishInfoRequestPage },
  { path: '/admin/redaction-rules', page: RedactionRulesPage },
];
