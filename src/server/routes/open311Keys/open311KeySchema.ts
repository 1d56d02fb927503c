/** The shapes of `/api/open311-keys` are shared with the browser. */
export { CreatedOpen311Key, CreateOpen311KeyBody, Open311KeyList } from '../../../shared/api/open311Keys.ts';
