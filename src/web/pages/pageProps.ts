/**
 * What the router hands every page: the URL's path parameters and query.
 * Its own file so that pages need not import `App.tsx`, which imports every
 * page (a cycle through the whole app otherwise).
 */
export interface PageProps {
  params: Record<string, string>;
  query: Record<string, string>;
}
