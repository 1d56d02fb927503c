import type { RouteCase } from './kit.ts';

/** The complaints routes' cells of the authorization matrix. */
export const complaintsRouteCases: RouteCase[] = [];
