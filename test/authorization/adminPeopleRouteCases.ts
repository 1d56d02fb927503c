import { createOpen311ApiKey } from '../../src/commands/channels/createOpen311ApiKey.ts';
import { createStaff } from '../support/factories.ts';
import { only, same, type RouteCase } from './kit.ts';

/** Issue 13, item 13: the administrator's pages for accounts and Open311 keys. Administrators only. */
export const adminPeopleRouteCases: RouteCase[] = [
  {
    route: 'GET /api/users/{id}',
    call: async ({ t }) => ({
      method: 'GET',
      url: `/api/users/${(await createStaff(t.db, { role: 'officer', unitCode: 'DO-5001' })).id}`,
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/users/{id}/password',
    call: async ({ t }) => ({
      method: 'POST',
      url: `/api/users/${(await createStaff(t.db, { role: 'officer', unitCode: 'DO-5001' })).id}/password`,
      payload: {},
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'GET /api/open311-keys',
    call: async () => ({ method: 'GET', url: '/api/open311-keys' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/open311-keys',
    call: async () => ({ method: 'POST', url: '/api/open311-keys', payload: { name: 'แอปพลิเคชันทดสอบ', perMinute: 60 } }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'DELETE /api/open311-keys/{id}',
    call: async ({ t }) => ({ method: 'DELETE', url: `/api/open311-keys/${(await createOpen311ApiKey(t, { name: 'to revoke' })).id}` }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
