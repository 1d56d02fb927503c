import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { open311Schemas, schemaErrors } from '../../../../test/support/open311Schemas.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { fromOpen311Xml } from './open311Xml.ts';

describe.each(testEngines())('Open311 GeoReport v2 (%s)', (engine) => {
  let t: TestApp;
  let apiKey: string;
  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z') });
    apiKey = (await createOpen311ApiKey(t, { name: 'แอปทดสอบ' })).key;
  });
  afterAll(() => t.close());

  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    return { status: response.statusCode, type: String(response.headers['content-type']), text: response.body };
  };
  const post = async (format: 'json' | 'xml', fields: Record<string, string>) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    return { status: response.statusCode, type: String(response.headers['content-type']), text: response.body };
  };

  /** Gets a resource in JSON and in XML: both must say the same, and validate against the schema. */
  async function both(path: string, validate: Parameters<typeof schemaErrors>[0], root: string) {
    const json = await get(`${path}.json`);
    expect(json.type).toContain('application/json');
    const value = JSON.parse(json.text) as unknown;
    expect(schemaErrors(validate, value)).toBe('');
    const xml = await get(`${path}.xml`);
    expect(xml.status).toBe(json.status);
    expect(xml.type).toContain('text/xml');
    expect(xml.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const back = fromOpen311Xml(xml.text);
    expect(back.root).toBe(root);
    expect(back.value).toEqual(value);
    expect(schemaErrors(validate, back.value)).toBe('');
    return { status: json.status, value: value as any };
  }

  it('lists the complaint categories as services, and describes each', async () => {
    const services = await both('/open311/v2/services', open311Schemas.services, 'services');
    expect(services.status).toBe(200);
    expect(services.value.map((s: { service_code: string }) => s.service_code)).toEqual(
      expect.arrayContaining(['roads', 'drains', 'general']),
    );
    expect(services.value.find((s: { service_code: string }) => s.service_code === 'roads').service_name).toBe('ถนน (Roads)');

    const definition = await both('/open311/v2/services/drains', open311Schemas.serviceDefinition, 'service_definition');
    expect(definition.value.service_code).toBe('drains');
    expect(definition.value.attributes[0].code).toBe('area_code');
  });

  it('answers discovery in JSON and XML', async () => {
    const json = JSON.parse((await get('/open311/v2/discovery.json')).text);
    expect(json.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['application/json', 'text/xml'],
    });
    expect(fromOpen311Xml((await get('/open311/v2/discovery.xml')).text).value).toEqual(json);
  });

  it('files a complaint posted with an API key: visible in the staff app, searchable in Thai, readable as a request', async () => {
    const created = await post('json', {
      api_key: apiKey,
      service_code: 'drains',
      lat: '13.7455',
      long: '100.534',
      address_string: 'ซอยจุฬาลงกรณ์ 42 ปทุมวัน',
      description: 'ฝาท่อระบายน้ำหน้าตลาดสามย่านแตก รถจักรยานยนต์ตกหลุมบ่อยมาก ติดต่อกลับ 081-234-5678',
      email: 'citizen@example.com',
      first_name: 'สมหญิง',
    });
    expect(created.status).toBe(200);
    const answer = JSON.parse(created.text);
    expect(schemaErrors(open311Schemas.requestResponses, answer)).toBe('');
    const code: string = answer[0].service_request_id;

    const one = await both(`/open311/v2/requests/${code}`, open311Schemas.requests, 'service_requests');
    expect(one.value).toHaveLength(1);
    // Public: the point rounded to about 100 m and the area named instead of the address (issue 9, finding 3).
    expect(one.value[0]).toMatchObject({ service_request_id: code, status: 'open', service_code: 'drains', lat: 13.746, long: 100.534 });
    expect(one.value[0].address).toBe('เขตปทุมวัน กรุงเทพมหานคร');
    expect(JSON.stringify(one.value)).not.toContain('จุฬาลงกรณ์ 42');
    expect(one.value[0].agency_responsible).toContain('ปทุมวัน');
    expect(JSON.stringify(one.value)).not.toContain('citizen@example.com');
    expect(JSON.stringify(one.value)).not.toContain('สมหญิง');
    expect(one.value[0].description).toContain('ตลาดสามย่าน');
    expect(one.value[0].description).not.toContain('081-234-5678');

    const list = await both('/open311/v2/requests', open311Schemas.requests, 'service_requests');
    expect(list.value.map((r: { service_request_id: string }) => r.service_request_id)).toContain(code);
    const filtered = await get('/open311/v2/requests.json?service_code=roads');
    expect(JSON.parse(filtered.text).map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(code);

    const admin = await t.as('admin', 'RTG');
    const search = await admin.get(`/api/cases?kind=complaint&q=${encodeURIComponent('สามย่าน')}`);
    expect(search.status).toBe(200);
    expect(search.body.items).toHaveLength(1);
    const officer = await t.as('officer', 'DO-1007');
    const inbox = await officer.get(`/api/cases?q=${encodeURIComponent('ท่อระบายน้ำ')}`);
    expect(inbox.body.items.map((c: { title: string }) => c.title).length).toBeGreaterThan(0);
  });

  it('answers XML to a client posting for XML', async () => {
    const created = await post('xml', { api_key: apiKey, service_code: 'street_lights', address_id: '1007', description: 'ไฟถนนดับทั้งซอย' });
    expect(created.status).toBe(200);
    expect(created.type).toContain('text/xml');
    const back = fromOpen311Xml(created.text);
    expect(back.root).toBe('service_requests');
    expect(schemaErrors(open311Schemas.requestResponses, back.value)).toBe('');
  });

  it("refuses in Open311's own error format: no key, a wrong key, an unknown service, no place, an unknown request", async () => {
    const count = async () => Number((await t.db.query<{ n: number }>(`select count(*)::int as n from cases`)).rows[0]!.n);
    const before = await count();
    const cases: [Promise<{ status: number; type: string; text: string }>, number][] = [
      [post('json', { service_code: 'roads', lat: '13.7', long: '100.5', description: 'ถนนพัง' }), 400],
      [post('json', { api_key: 'o311_wrong', service_code: 'roads', lat: '13.7', long: '100.5', description: 'ถนนพัง' }), 403],
      [post('json', { api_key: apiKey, service_code: 'no_such', lat: '13.7', long: '100.5', description: 'ถนนพัง' }), 400],
      [post('json', { api_key: apiKey, service_code: 'roads', description: 'ถนนพัง' }), 400],
      [get('/open311/v2/requests/TT-NOPE.json'), 404],
      [get('/open311/v2/services/no_such.json'), 404],
      [get('/open311/v2/nothing.json'), 404],
    ];
    for (const [call, status] of cases) {
      const response = await call;
      expect(response.status).toBe(status);
      const errors = JSON.parse(response.text);
      expect(schemaErrors(open311Schemas.errors, errors)).toBe('');
      expect(errors[0].code).toBe(status);
    }
    const xml = await post('xml', { api_key: 'o311_wrong', service_code: 'roads', lat: '13.7', long: '100.5', description: 'ถนนพัง' });
    expect(xml.status).toBe(403);
    const back = fromOpen311Xml(xml.text);
    expect(back.root).toBe('errors');
    expect(schemaErrors(open311Schemas.errors, back.value)).toBe('');
    expect(await count()).toBe(before);
  });
});
