/**
 * PDPA acceptance (issue 9, finding 3): complaints carrying personal data in
 * the forms people write it are filed through the public form, Open311 and an
 * operator; then every anonymous surface and every staff surface of a unit not
 * handling them is read, and none may show a planted phone or ID number,
 * e-mail address, LINE ID, name after an honorific, address or exact point.
 *
 * The detectors do not use the masking code: a number is found by its digits
 * after Thai digits are turned into ASCII and everything but letters and
 * digits is dropped from the response (any 7 of its digits in a row is a
 * leak); names, e-mail addresses and LINE IDs by their strings; points by
 * their fourth decimal. The handling unit must still see the original text,
 * which proves the data was planted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/domain/clock.ts';
import {
  descriptionOpen311,
  descriptionOperator,
  descriptionWeb,
  leaks,
  numbers,
  plantPersonalData,
  POINT,
  textStrings,
  titleOperator,
  waitMessage,
} from './support/plantedPersonalData.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

describe.each(testEngines())('PDPA: no personal data on anonymous surfaces or beyond the handling unit (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let officer: TestClient;
  let outsiders: [string, TestClient][];
  let caseIds: string[];
  let trackingCodes: string[];

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    citizen = anonymous(t.app);
    ({ officer, outsiders, caseIds, trackingCodes } = await plantPersonalData(t));
  });
  afterAll(() => t.close());

  it('plants every form: the detectors find all of it in what was filed, and the handling unit still reads it', async () => {
    const filed = [descriptionWeb, descriptionOpen311, descriptionOperator, titleOperator, waitMessage].join('\n');
    const planted = leaks(filed);
    for (const n of numbers) expect(planted).toContain(`digits ${n.digits}`);
    for (const s of textStrings) expect(planted).toContain(s);
    const handled = await officer.get(`/api/complaints/${caseIds[0]}`);
    expect(handled.status).toBe(200);
    expect(handled.body.description).toBe(descriptionWeb);
    expect(handled.body.location).toEqual(POINT);
    expect(handled.body.address).toContain('ซอยสุขสำราญเจ็ด');
    expect(leaks(JSON.stringify(handled.body))).toEqual(expect.arrayContaining(['สมชาย', 'somchai.jaidee', 'exact point']));
  });

  it('Open311 lists and single requests, JSON and XML, show none of it', async () => {
    const read = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      return response.body;
    };
    const list = await read('/open311/v2/requests.json');
    const ids = (JSON.parse(list) as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(ids).toHaveLength(3);
    expect(leaks(list)).toEqual([]);
    expect(leaks(await read('/open311/v2/requests.xml'))).toEqual([]);
    for (const id of ids) {
      for (const format of ['json', 'xml']) {
        const one = await read(`/open311/v2/requests/${encodeURIComponent(id)}.${format}`);
        expect(leaks(one), `${id}.${format}`).toEqual([]);
      }
    }
    const located = (JSON.parse(list) as { lat: number | null; address: string | null }[]).filter((r) => r.lat !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const request of located) expect(request.address).toMatch(/ปทุมวัน/);
  });

  it('public tracking and the public duplicate check show none of it', async () => {
    for (const code of trackingCodes) {
      const tracked = await citizen.get(`/api/public/complaints/${code}`);
      expect(tracked.status).toBe(200);
      expect(leaks(JSON.stringify(tracked.body)), code).toEqual([]);
    }
    const waiting = await citizen.get(`/api/public/complaints/${trackingCodes[0]}`);
    expect(waiting.body.steps.some((step: { message: string | null }) => step.message?.includes('ว่าหลุมอยู่หน้าบ้านใด'))).toBe(true);
    const duplicates = await citizen.post('/api/public/complaints/likely-duplicates', {
      categoryCode: 'roads',
      description: descriptionWeb,
      areaCode: null,
      location: POINT,
    });
    expect(duplicates.status).toBe(200);
    expect(leaks(JSON.stringify(duplicates.body))).toEqual([]);
  });

  it('a unit not handling the complaints sees none of it in the case list, case detail, complaint, events or inbox', async () => {
    for (const [who, client] of outsiders) {
      const list = await client.get('/api/cases?kind=complaint');
      expect(list.status, who).toBe(200);
      expect(list.body.items.length, who).toBe(3);
      expect(leaks(JSON.stringify(list.body)), who).toEqual([]);
      const inbox = await client.get('/api/inbox');
      expect(leaks(JSON.stringify(inbox.body)), who).toEqual([]);
      for (const id of caseIds) {
        for (const url of [`/api/cases/${id}`, `/api/cases/${id}/events`, `/api/complaints/${id}`]) {
          const response = await client.get(url);
          expect(response.status, `${who} ${url}`).toBe(200);
          expect(leaks(JSON.stringify(response.body)), `${who} ${url}`).toEqual([]);
        }
      }
      const events = await client.get(`/api/cases/${caseIds[0]}/events`);
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['created', 'waiting_for_citizen']));
    }
  });
});
