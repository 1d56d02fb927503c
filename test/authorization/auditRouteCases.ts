import { only, same, type RouteCase } from './kit.ts';

/** The audit trail (issue 9): administrators read it, nobody else, wherever they sit. */
export const auditRouteCases: RouteCase[] = [
  {
    route: 'GET /api/audit-events',
    call: async () => ({ method: 'GET', url: '/api/audit-events?category=admin&limit=5' }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
