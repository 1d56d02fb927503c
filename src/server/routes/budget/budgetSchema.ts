/** The budget routes' schemas: all of them are shared with the browser, so this file only re-exports them. */
export * from '../../../shared/api/budget.ts';
