/** The session routes' shapes, which the browser reads and sends too: defined once in `shared/api/session.ts`. */
export * from '../../../shared/api/session.ts';
