import { describe, expect, it } from 'vitest';
import { escalationChain } from './escalationChain.ts';

describe('the escalation chain above a unit', () => {
  it('climbs a district office to its province and ministry, below the government root, then to the final unit', () => {
    expect(escalationChain('/root/moi/ph-50/do-5001/', { rootId: 'root', finalUnitId: 'opm' })).toEqual(['ph-50', 'moi', 'opm']);
  });

  it('names the final unit once when it is already above, and never when the unit is the final unit itself', () => {
    expect(escalationChain('/root/opm/centre/', { rootId: 'root', finalUnitId: 'opm' })).toEqual(['opm']);
    expect(escalationChain('/root/opm/', { rootId: 'root', finalUnitId: 'opm' })).toEqual([]);
  });

  it('stops below the root without a final unit', () => {
    expect(escalationChain('/root/moi/ph-50/', { rootId: 'root', finalUnitId: null })).toEqual(['moi']);
  });
});
