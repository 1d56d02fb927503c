import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches (`pages/lazyPage.tsx`).
const UnitTreePage = lazyPage(() => import('./UnitTreePage.tsx').then((m) => m.UnitTreePage));
const NewUnitPage = lazyPage(() => import('./NewUnitPage.tsx').then((m) => m.NewUnitPage));
const UnitPage = lazyPage(() => import('./UnitPage.tsx').then((m) => m.UnitPage));
const RenameUnitPage = lazyPage(() => import('./RenameUnitPage.tsx').then((m) => m.RenameUnitPage));
const MoveUnitPage = lazyPage(() => import('./MoveUnitPage.tsx').then((m) => m.MoveUnitPage));
const RoutingRulesPage = lazyPage(() => import('./RoutingRulesPage.tsx').then((m) => m.RoutingRulesPage));
const NewRoutingRulePage = lazyPage(() => import('./NewRoutingRulePage.tsx').then((m) => m.NewRoutingRulePage));
const RoutingTesterPage = lazyPage(() => import('./RoutingTesterPage.tsx').then((m) => m.RoutingTesterPage));

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
