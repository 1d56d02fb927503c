import { only, same, type RouteCase } from './kit.ts';

const settings = {
  licenseId: 'CC-BY-4.0',
  publisherNameTh: 'ศูนย์ติดตามงานของรัฐ',
  publisherNameEn: 'Government follow-up centre',
  contactName: 'ผู้ดูแลข้อมูลเปิด',
  contactEmail: 'opendata@example.go.th',
};

/** Open-data administration (issue #12): administrators set the licence and publish datasets, nobody else. */
export const openDataAdminRouteCases: RouteCase[] = [
  {
    route: 'GET /api/open-data/settings',
    call: async () => ({ method: 'GET', url: '/api/open-data/settings' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'PUT /api/open-data/settings',
    call: async () => ({ method: 'PUT', url: '/api/open-data/settings', payload: settings }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'GET /api/open-data/datasets',
    call: async () => ({ method: 'GET', url: '/api/open-data/datasets' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'PUT /api/open-data/datasets/{name}/publication',
    call: async () => ({ method: 'PUT', url: '/api/open-data/datasets/units/publication', payload: { published: true } }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
