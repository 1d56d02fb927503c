import type { RouteCase } from './kit.ts';

/** The delivery routes' cells of the authorization matrix. */
export const deliveryRouteCases: RouteCase[] = [];
