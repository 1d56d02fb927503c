import { all, assignee, only, sharedCase, type RouteCase } from './kit.ts';

/** Cascading by kind and area (issue #13, item 9): the preview is allowed exactly where sending is. */
export const cascadeRouteCases: RouteCase[] = [
  {
    route: 'POST /api/assignments/{id}/cascade/preview',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/cascade/preview`,
      payload: { targets: { kind: 'district_office' } },
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
];
