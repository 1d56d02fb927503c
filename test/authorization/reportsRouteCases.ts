import type { RouteCase } from './kit.ts';

/** The reports routes' cells of the authorization matrix. */
export const reportsRouteCases: RouteCase[] = [];
