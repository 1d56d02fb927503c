import { all, only, same, type RouteCase } from './kit.ts';

const draft = { categoryCode: null, description: 'ไฟถนนดับทั้งซอย มืดมาก', areaCode: '5001' };

/** Intake (issue #13, items 6–7): where a complaint would go, before saving; the public form's is open, the console's is operators'. */
export const intakeRouteCases: RouteCase[] = [
  {
    route: 'GET /api/areas/search',
    public: true,
    call: async () => ({ method: 'GET', url: `/api/areas/search?q=${encodeURIComponent('เขตพระนคร')}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/complaints/preview',
    public: true,
    call: async () => ({ method: 'POST', url: '/api/public/complaints/preview', payload: draft }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/complaints/preview',
    call: async () => ({ method: 'POST', url: '/api/complaints/preview', payload: draft }),
    expected: same(only({ operator: 200 }, 403)),
  },
];
