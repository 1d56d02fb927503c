import type { ComponentType } from 'preact';
import { lazyPage } from '../../lazyPage.tsx';
import type { PageProps } from '../../pageProps.ts';

// Loaded when one of their routes matches (`pages/lazyPage.tsx`).
const SearchSynonymsPage = lazyPage(() => import('./SearchSynonymsPage.tsx').then((m) => m.SearchSynonymsPage));
const NewSearchSynonymPage = lazyPage(() => import('./SearchSynonymFormPage.tsx').then((m) => m.NewSearchSynonymPage));
const EditSearchSynonymPage = lazyPage(() => import('./SearchSynonymFormPage.tsx').then((m) => m.EditSearchSynonymPage));
const RemoveSearchSynonymPage = lazyPage(() => import('./RemoveSearchSynonymPage.tsx').then((m) => m.RemoveSearchSynonymPage));

/** The administrators' search synonym pages (issue #14, item 5), for signed-in staff; App.tsx mounts them. */
export const searchSynonymPages: { path: string; page: ComponentType<PageProps> }[] = [
  { path: '/admin/search-synonyms', page: SearchSynonymsPage },
  { path: '/admin/search-synonyms/new', page: NewSearchSynonymPage },
  { path: '/admin/search-synonyms/:id/edit', page: EditSearchSynonymPage },
  { path: '/admin/search-synonyms/:id/remove', page: RemoveSearchSynonymPage },
];
