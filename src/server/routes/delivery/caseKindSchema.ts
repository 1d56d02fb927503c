/** The bodies of the parliamentary-question and bill routes, which the browser builds too: defined once in `shared/api/delivery.ts`. */
export * from '../../../shared/api/delivery.ts';
