/** The assignment routes' bodies, which the browser builds too: defined once in `shared/api/assignments.ts`. */
export * from '../../../shared/api/assignments.ts';
