import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listObjections } from '../commands/infoRequests/objections/listObjections.ts';
import { readDisclosedDocument, readDisclosedRequest, readDisclosureIndex } from '../commands/infoRequests/readDisclosureLog.ts';
import { listInfoRequests } from '../commands/infoRequests/readInfoRequest.ts';
import type { Database, Engine } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import { createStaff, type TestStaff } from '../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../test/support/testDatabase.ts';
import { seedInfoRequestsDemo, type InfoRequestsDemo } from './seedInfoRequestsDemo.ts';

const requesterNames = ['วีระพงษ์', 'พรทิพย์', 'ใจงาม', 'ณัฐวุฒิ', 'กาญจนา', 'ธีรวัฒน์', '.demo@example.com'];

/** The PDF's text as poppler reads it (`npm test` checks that pdftotext is installed). */
const pdfText = (data: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: data }).toString();

// Two starts: an ordinary week, and the first working week of a year, after the New Year holidays.
const starts = ['2026-11-22T02:00:00Z', '2027-01-05T02:00:00Z'];
const runs: [Engine, string][] = testEngines().flatMap((engine) => starts.map((start): [Engine, string] => [engine, start]));

describe.each(runs)('demo information requests (%s) seeded at %s', (engine, start) => {
  let db: Database;
  const clock = new ManualClock(start);
  let officer: TestStaff;
  let oic: TestStaff;
  let demo: InfoRequestsDemo;
  let seconds: number;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    oic = await createStaff(db, { role: 'coordinator', unitCode: 'OIC' });
    const coordinator = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
    const operator = await createStaff(db, { role: 'operator', unitCode: 'OPM-1111' });
    const ministry = await createStaff(db, { role: 'coordinator', unitCode: 'MSDHS' });
    const began = Date.now();
    demo = await seedInfoRequestsDemo(db, {
      now: clock.now(),
      officer: officer.actor,
      coordinator: coordinator.actor,
      operator: operator.actor,
      ministry: ministry.actor,
    });
    seconds = (Date.now() - began) / 1000;
  }, 60_000);
  afterAll(() => db.close());

  it('shows the Chiang Mai officer a request awaiting response, an overdue one, a transferred one and an answered one', async () => {
    const list = await listInfoRequests({ db, clock, actor: officer.actor }, { limit: 50, offset: 0 });
    const stateOf = (id: string) => list.rows.find((row) => row.case_id === id)?.display_state;
    expect(stateOf(demo.awaiting.id)).toBe('awaiting_response');
    expect(stateOf(demo.overdue.id)).toBe('overdue');
    expect(stateOf(demo.transferred.id)).toBe('transferred');
    expect(stateOf(demo.answeredInPart.id)).toBe('answered_part');
    // The ministry's request is not the provincial hall's.
    expect(stateOf(demo.refused.id)).toBeUndefined();
    expect(seconds).toBeLessThan(20);
  });

  it('sends the transferred request to the Royal Irrigation Department with the reason', async () => {
    const transfer = await db.query<{ reason: string; code: string; agency: string }>(
      `select t.reason, u.code, (select code from units where id = r.agency_unit_id) as agency
         from info_request_transfers t join units u on u.id = t.to_unit_id join info_requests r on r.case_id = t.case_id
        where t.case_id = $1`,
      [demo.transferred.id],
    );
    expect(transfer.rows).toEqual([{ reason: expect.stringContaining('มาตรา 12'), code: 'MOAC.02', agency: 'MOAC.02' }]);
  });

  it('gives the Commission’s office one open appeal against the ministry’s refusal', async () => {
    const objections = await listObjections({ db, clock, actor: oic.actor }, { status: 'open', limit: 50, offset: 0 });
    expect(objections.items.map((item) => [item.case_id, item.kind, item.overdue])).toEqual([[demo.refused.id, 'appeal', false]]);
    expect(objections.canDecide).toBe(true);
  });

  it('publishes the answer in part on the disclosure log: the approved PDF and the withheld list, no requester', async () => {
    const index = await readDisclosureIndex({ db, clock }, {});
    expect(index.requests.map((row) => row.ref)).toEqual([(await refOf(db, demo.answeredInPart.id))!]);
    const page = await readDisclosedRequest({ db, clock }, index.requests[0]!.ref);
    const shown = JSON.stringify(page);
    for (const name of requesterNames) expect(shown).not.toContain(name);
    // Both documents were written at the same instant: the order between them is not the point.
    const documents = [...page.documents].sort((a, b) => a.disclosure.localeCompare(b.disclosure));
    expect(documents.map((doc) => [doc.disclosure, doc.ground_codes, doc.filename])).toEqual([
      ['partly_disclosed', ['s15_5'], 'pump-contract-2568-redacted.pdf'],
      ['withheld', ['s15_5'], null],
    ]);
    const file = await readDisclosedDocument({ db, clock }, documents[0]!.id);
    expect(file.contentType).toBe('application/pdf');
    expect(file.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(file.data)).toContain('Purchase contract No. 45/2568');
  });
});

async function refOf(db: Database, caseId: string) {
  return (await db.query<{ ref: string }>('select ref from cases where id = $1', [caseId])).rows[0]?.ref;
}
