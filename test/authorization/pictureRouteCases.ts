import { only, same, type RouteCase } from './kit.ts';

/** The national delivery picture and the inspection-zone pages (issue 11): the whole government's, so national reach only. */
export const pictureRouteCases: RouteCase[] = [
  {
    route: 'GET /api/delivery/picture',
    call: async () => ({ method: 'GET', url: '/api/delivery/picture' }),
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
  {
    route: 'GET /api/delivery/zones/{number}',
    call: async () => ({ method: 'GET', url: '/api/delivery/zones/8' }),
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
];
