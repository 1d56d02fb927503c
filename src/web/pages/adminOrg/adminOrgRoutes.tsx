import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Loaded when one of their routes matches (`pages/lazyPage.tsx`), all eight in one chunk: one entry in the shell's preload map instead of eight.
const UnitTreePage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.UnitTreePage));
const NewUnitPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.NewUnitPage));
const UnitPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.UnitPage));
const RenameUnitPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.RenameUnitPage));
const MoveUnitPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.MoveUnitPage));
const RoutingRulesPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.RoutingRulesPage));
const NewRoutingRulePage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.NewRoutingRulePage));
const RoutingTesterPage = lazyPage(() => import('./adminOrgPages.ts').then((m) => m.RoutingTesterPage));

/** The administrators' organisation pages (units, routing rules), each for signed-in staff; App.tsx mounts them. */
export const adminOrgRoutes: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/admin/units', page: UnitTreePage },
  { path: '/admin/units/new', page: NewUnitPage },
  { path: '/admin/units/:id', page: UnitPage },
  { path: '/admin/units/:id/rename', page: RenameUnitPage },
  { path: '/admin/units/:id/move', page: MoveUnitPage },
  { path: '/admin/routing-rules', page: RoutingRulesPage },
  { path: '/admin/routing-rules/new', page: NewRoutingRulePage },
  { path: '/admin/routing-rules/test', page: RoutingTesterPage },
];
