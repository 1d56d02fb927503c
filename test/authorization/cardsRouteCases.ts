import { all, same, type Ctx, type RouteCase } from './kit.ts';

const published = new WeakMap<Ctx['t'], Promise<string>>();

/**
 * A directive owned by PMDU, published for the portal (the publish command is the portal's; set
 * here directly): one per app, so its card is drawn once, not once per role.
 */
function publishedDirective(ctx: Ctx): Promise<string> {
  let caseId = published.get(ctx.t);
  if (!caseId) {
    caseId = ctx.f.directive({ to: ['PH-50', 'PH-52'] }).then(async ({ caseId: id }) => {
      await ctx.t.db.query('update cases set published_at = $2 where id = $1', [id, ctx.t.clock.now()]);
      return id;
    });
    published.set(ctx.t, caseId);
  }
  return caseId;
}

/** Share cards (issue #12): complaint figures are public aggregates and a policy card exists only while published. */
export const cardsRouteCases: RouteCase[] = [
  {
    route: 'GET /cards/national.png',
    public: true,
    call: async () => ({ method: 'GET', url: '/cards/national.png' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /cards/zones/{number}.png',
    public: true,
    call: async () => ({ method: 'GET', url: '/cards/zones/8.png' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /cards/provinces/{code}.png',
    public: true,
    call: async () => ({ method: 'GET', url: '/cards/provinces/50.png' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /cards/policies/{id}.png',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/cards/policies/${await publishedDirective(ctx)}.png` }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/cards/national',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/cards/national' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/cards/zones/{number}',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/cards/zones/8' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/cards/provinces/{code}',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/cards/provinces/50' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/cards/policies/{id}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/api/cards/policies/${await publishedDirective(ctx)}` }),
    expected: same(all(200)),
  },
];
