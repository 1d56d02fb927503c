import { all, same, type RouteCase } from './kit.ts';

/**
 * The DCAT catalogue (issue #12 item 5) is public metadata for harvesters: every role and a
 * caller without a session read it. Complaint statistics are published by default, so its
 * dataset document answers everyone too.
 */
export const dcatRouteCases: RouteCase[] = [
  {
    route: 'GET /catalog.{format}',
    public: true,
    call: async () => ({ method: 'GET', url: '/catalog.ttl' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /dataset/{name}.{format}',
    public: true,
    call: async () => ({ method: 'GET', url: '/dataset/complaint-statistics.jsonld' }),
    expected: same(all(200)),
  },
];
