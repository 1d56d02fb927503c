import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import type { Database } from '../../db/database.ts';
import { CaseFixtures } from '../../../test/support/caseFixtures.ts';
import { buildPortalWorld, type PortalWorld } from '../../../test/support/portalFixtures.ts';
import { openTestDatabase } from '../../../test/support/testDatabase.ts';
import { readCasePublication, setCasePublished } from './publishCase.ts';
import { publishComplaintStory, withdrawComplaintStory } from './publishComplaintStory.ts';
import { readPortalPolicy } from './readPortalPolicies.ts';
import { readPortalStories, readPortalStoryPhoto } from './readPortalStories.ts';

/** Staff choose what is public: each change is a case event, and only the owners may make it. */
describe('publishing on the public portal', () => {
  let db: Database;
  let clock: ManualClock;
  let f: CaseFixtures;
  let world: PortalWorld;

  beforeAll(async () => {
    db = await openTestDatabase();
    clock = new ManualClock('2026-03-02T02:00:00Z');
    f = new CaseFixtures(db, clock);
    world = await buildPortalWorld(db, clock);
  });
  afterAll(() => db.close());

  const events = async (caseId: string, type: string) =>
    (await db.query<{ n: number }>('select count(*)::int as n from case_events where case_id = $1 and type = $2', [caseId, type])).rows[0]!
      .n;

  it('publishes and withdraws a case with one event each, and a repeat appends nothing', async () => {
    const { caseId } = await f.directive({ ownerCode: 'PH-50', to: ['DO-5001'] });
    const owner = { db, clock, actor: await f.actorOf('PH-50', 'coordinator') };
    expect((await setCasePublished(owner, caseId, true)).publishedAt).toEqual(clock.now());
    await setCasePublished(owner, caseId, true);
    expect(await events(caseId, 'published')).toBe(1);
    expect((await readPortalPolicy({ db, clock }, caseId)).kase.id).toBe(caseId);
    await setCasePublished(owner, caseId, false);
    expect(await events(caseId, 'unpublished')).toBe(1);
    await expect(readPortalPolicy({ db, clock }, caseId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets only national roles and the owner side’s coordinators publish a case', async () => {
    const { caseId } = await f.directive({ ownerCode: 'PH-50', to: ['DO-5001', 'PH-52'] });
    const as = async (unit: string, role: 'coordinator' | 'officer' | 'admin') => ({ db, clock, actor: await f.actorOf(unit, role) });
    await expect(setCasePublished(await as('PH-50', 'officer'), caseId, true)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setCasePublished(await as('PH-52', 'coordinator'), caseId, true)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setCasePublished(await as('DO-5001', 'coordinator'), caseId, true)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await readCasePublication(await as('PH-52', 'coordinator'), caseId)).canPublish).toBe(false);
    expect((await setCasePublished(await as('PH-52', 'admin'), caseId, true)).publishedAt).not.toBeNull();
    expect(await events(caseId, 'published')).toBe(1);
  });

  it('refuses story text that still holds personal data, and a complaint not yet resolved', async () => {
    const coordinator = { db, clock, actor: await f.actorOf(world.leadUnitCode, 'coordinator') };
    const story = {
      publicText: 'ถนนเป็นหลุม',
      publicReply: 'ซ่อมแล้ว',
      placeAreaCode: null,
      beforeAttachmentId: null,
      afterAttachmentId: null,
    };
    for (const publicText of ['โทร 081 234 5678', 'ติดต่อคุณสมชาย', 'อีเมล a.b@example.com', 'เลข ๑๑๐๑๗๐๐๒๓๐๗๐๘']) {
      await expect(publishComplaintStory(coordinator, world.complaintCaseId, { ...story, publicText })).rejects.toMatchObject({
        code: 'validation_failed',
        fields: [expect.objectContaining({ path: '/publicText' })],
      });
    }
    await expect(publishComplaintStory(coordinator, world.complaintCaseId, { ...story, placeAreaCode: '1001' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    const officer = { db, clock, actor: await f.actorOf(world.leadUnitCode, 'officer') };
    await expect(publishComplaintStory(officer, world.complaintCaseId, story)).rejects.toMatchObject({ code: 'forbidden' });
    const open = (
      await db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [world.unpublishedTrackingCode])
    ).rows[0]!.case_id;
    const openLead = (
      await db.query<{ code: string }>(
        `select u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and a.role = 'lead'`,
        [open],
      )
    ).rows[0]!.code;
    await expect(publishComplaintStory({ db, clock, actor: await f.actorOf(openLead, 'coordinator') }, open, story)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('withdraws a story with its event, and its photo stops being served at once', async () => {
    const coordinator = { db, clock, actor: await f.actorOf(world.leadUnitCode, 'coordinator') };
    expect(await events(world.complaintCaseId, 'story_published')).toBe(1);
    expect((await readPortalStoryPhoto({ db, clock }, world.photoId)).meta.content_type).toBe('image/jpeg');
    await withdrawComplaintStory(coordinator, world.complaintCaseId);
    expect(await events(world.complaintCaseId, 'story_withdrawn')).toBe(1);
    await expect(readPortalStoryPhoto({ db, clock }, world.photoId)).rejects.toMatchObject({ code: 'not_found' });
    expect(await readPortalStories({ db, clock }, { areaCodes: null, limit: 10 })).toEqual([]);
  });
});
