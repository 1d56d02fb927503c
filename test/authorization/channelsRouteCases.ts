import type { RouteCase } from './kit.ts';

/** The channels routes' cells of the authorization matrix. */
export const channelsRouteCases: RouteCase[] = [];
