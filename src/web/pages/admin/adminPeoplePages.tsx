import type { ComponentType } from 'preact';
import { lazyPage } from '../lazyPage.tsx';
import type { PageProps } from '../pageProps.ts';

// Each page is loaded when its route matches (see lazyPage).
const AdminIndexPage = lazyPage(() => import('./AdminIndexPage.tsx').then((m) => m.AdminIndexPage));
const UserListPage = lazyPage(() => import('./users/UserListPage.tsx').then((m) => m.UserListPage));
const NewUserPage = lazyPage(() => import('./users/NewUserPage.tsx').then((m) => m.NewUserPage));
const UserPage = lazyPage(() => import('./users/UserPage.tsx').then((m) => m.UserPage));
const UserChangePage = lazyPage(() => import('./users/UserChangePage.tsx').then((m) => m.UserChangePage));
const TokensPage = lazyPage(() => import('./keys/TokensPage.tsx').then((m) => m.TokensPage));
const NewTokenPage = lazyPage(() => import('./keys/NewTokenPage.tsx').then((m) => m.NewTokenPage));
const Open311KeysPage = lazyPage(() => import('./keys/Open311KeysPage.tsx').then((m) => m.Open311KeysPage));
const NewOpen311KeyPage = lazyPage(() => import('./keys/NewOpen311KeyPage.tsx').then((m) => m.NewOpen311KeyPage));

/** The administrator's index, accounts, API tokens and Open311 keys (issue 13, item 13); signed-in staff only. */
export const adminPeoplePages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/admin', page: AdminIndexPage },
  { path: '/admin/users', page: UserListPage },
  { path: '/admin/users/new', page: NewUserPage },
  { path: '/admin/users/:id', page: UserPage },
  { path: '/admin/users/:id/:change', page: UserChangePage },
  { path: '/admin/tokens', page: TokensPage },
  { path: '/admin/tokens/new', page: NewTokenPage },
  { path: '/admin/open311-keys', page: Open311KeysPage },
  { path: '/admin/open311-keys/new', page: NewOpen311KeyPage },
];
