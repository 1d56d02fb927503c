import { describe, expect, it } from 'vitest';
import { reaches, roles, type Actor } from '../roles.ts';
import { inReadScope, readScope, scopePathPrefix } from './readScope.ts';

const unitPath = '/root/moi/cm/';
const actorAs = (role: Actor['role']): Actor => ({ userId: 'u', role, unitId: 'cm', unitPath });

describe('readScope', () => {
  it('gives administrators and the delivery unit the whole government', () => {
    for (const role of ['admin', 'delivery_unit'] as const) {
      expect(readScope(actorAs(role))).toEqual({ national: true });
      expect(scopePathPrefix(readScope(actorAs(role)))).toBeNull();
    }
  });

  it("limits every other role to its unit's subtree", () => {
    for (const role of ['coordinator', 'officer', 'operator', 'viewer'] as const) {
      const scope = readScope(actorAs(role));
      expect(scope).toEqual({ national: false, unitPath });
      expect(scopePathPrefix(scope)).toBe(unitPath);
      expect(inReadScope(scope, '/root/moi/cm/district-1/')).toBe(true);
      expect(inReadScope(scope, unitPath)).toBe(true);
      expect(inReadScope(scope, '/root/moi/lp/')).toBe(false);
      expect(inReadScope(scope, '/root/moi/')).toBe(false);
    }
  });

  it('agrees with reaches(actor, path) for every role', () => {
    for (const role of roles) {
      for (const path of ['/root/', '/root/moi/', unitPath, '/root/moi/cm/x/', '/root/moi/lp/']) {
        expect(inReadScope(readScope(actorAs(role)), path)).toBe(reaches(actorAs(role), path));
      }
    }
  });
});
