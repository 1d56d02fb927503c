import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles.ts';
import { canReadCase, type CaseFacts } from './casePolicy.ts';
import { canReadRequester, canTransferInfoRequest } from './infoRequestHandlingPolicy.ts';

const oicPath = '/root/opm/opm06/oic/';
const agencyPath = '/root/moi/ph50/';
const actor = (unitPath: string, role: Actor['role'] = 'officer'): Actor => ({ userId: 'u', role, unitId: 'x', unitPath });
const request: CaseFacts = {
  kind: 'info_request',
  status: 'open',
  ownerUnitPath: agencyPath,
  assignmentUnitPaths: [],
  oicUnitPath: oicPath,
};

describe("the Commission's office reads every information request (it decides objections)", () => {
  it('lets its staff and the units below it read a request of any agency, and no other kind of case', () => {
    expect(canReadCase(actor(oicPath), request)).toBe(true);
    expect(canReadCase(actor(`${oicPath}desk/`, 'viewer'), request)).toBe(true);
    expect(canReadCase(actor(oicPath), { ...request, kind: 'complaint' })).toBe(false);
  });

  it('does not widen the reach of the units above it or beside it', () => {
    expect(canReadCase(actor('/root/opm/opm06/'), request)).toBe(false);
    expect(canReadCase(actor('/root/moi/ph52/'), request)).toBe(false);
    expect(canReadCase(actor('/root/moi/ph52/'), { ...request, oicUnitPath: null })).toBe(false);
  });

  it('gives the Commission no hand in the handling, nor the requester’s identity', () => {
    const facts = { leadUnitPath: agencyPath, agencyUnitPath: agencyPath, pending: true };
    expect(canTransferInfoRequest(actor(oicPath), facts)).toBe(false);
    expect(canReadRequester(actor(oicPath), facts)).toBe(false);
    expect(canReadRequester(actor(agencyPath), facts)).toBe(true);
    expect(canReadRequester(actor(agencyPath, 'viewer'), facts)).toBe(false);
  });
});
