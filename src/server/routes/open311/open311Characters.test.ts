import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311ApiKey } from '../../../commands/channels/createOpen311ApiKey.ts';
import { createComplaint } from '../../../commands/complaints/createComplaint.ts';
import { signLineBody } from '../../../domain/channels/lineSignature.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { open311Schemas, schemaErrors } from '../../../../test/support/open311Schemas.ts';
import { xmlProblems } from '../../../../test/support/strictXml.ts';
import { startTestApp, testChannels, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { fromOpen311Xml, toOpen311Xml } from './open311Xml.ts';

/** Every character XML 1.0 forbids that a client can type: C0 controls but tab, LF and CR; U+FFFE and U+FFFF. */
const forbidden = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  0xfffe,
  0xffff,
].map((code) => String.fromCharCode(code));
const hex = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('the Open311 XML writer', () => {
  it('cannot emit a character XML 1.0 forbids, lone surrogates included, and keeps every other character', () => {
    const text = `ก${forbidden.join('')}ข\uD800ค\uDFFFง😀\t\n<&>"'`;
    const xml = toOpen311Xml('service_requests', [{ service_request_id: 'x', description: text }]);
    expect(xmlProblems(xml)).toBe('');
    expect(/\p{Surrogate}/u.test(xml)).toBe(false);
    expect(Buffer.from(xml, 'utf8').toString('utf8')).toBe(xml);
    const back = fromOpen311Xml(xml).value as { description: string }[];
    expect(back[0]!.description).toBe(`ก${'\uFFFD'.repeat(forbidden.length)}ข\uFFFDค\uFFFDง😀\t\n<&>"'`);
  });
});

describe.each(testEngines())('control characters against the Open311 feed (%s)', (engine) => {
  let t: TestApp;
  let apiKey: string;
  let address = 0;
  /** A new client address per request: the public routes are rate-limited per address, and this test sends many. */
  const from = () => {
    address++;
    return { 'x-forwarded-for': `198.51.${Math.floor(address / 250)}.${(address % 250) + 1}` };
  };
  const complaints = async () => Number((await t.db.query<{ n: number }>('select count(*)::int as n from complaints')).rows[0]!.n);

  beforeAll(async () => {
    // Citizens behind the loopback proxy: their forwarded addresses count, as with TRUST_PROXY=127.0.0.1.
    t = await startTestApp({ engine, clock: new ManualClock('2026-03-02T02:00:00Z'), trustProxy: ['127.0.0.1'] });
    apiKey = (await createOpen311ApiKey(t, { name: 'แอปทดสอบอักขระ' })).key;
  });
  afterAll(() => t.close());

  it('refuses every such character through the public form, Open311 form-encoded and JSON, with 400 naming field and character', async () => {
    const before = await complaints();
    const publicFields = ['description', 'title', 'address', 'complainant.name'] as const;
    const open311Fields = ['description', 'address_string', 'first_name', 'attribute[area_code]'] as const;
    for (const [i, char] of forbidden.entries()) {
      const bad = `ถนนพัง${char}เป็นหลุม`;
      const publicField = publicFields[i % publicFields.length]!;
      const body: Record<string, unknown> = {
        categoryCode: 'roads',
        description: 'ถนนหน้าตลาดเป็นหลุมลึก',
        areaCode: '1007',
        location: null,
        complainant: null,
      };
      if (publicField === 'complainant.name') body.complainant = { name: bad };
      else body[publicField] = bad;
      const web = await t.app.inject({ method: 'POST', url: '/api/public/complaints', headers: from(), payload: body });
      expect(web.statusCode, `${hex(char)} in ${publicField}`).toBe(400);
      const error = web.json().error;
      expect(error.code).toBe('validation_failed');
      expect(error.fields[0].path).toBe(`body/${publicField.replace('.', '/')}`);
      expect(error.fields[0].en).toContain(hex(char));
      expect(error.fields[0].th).toContain(hex(char));

      const open311Field = open311Fields[i % open311Fields.length]!;
      const fields = { api_key: apiKey, service_code: 'roads', address_id: '1007', description: 'ถนนพังเป็นหลุม', [open311Field]: bad };
      const form = await t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.xml',
        headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
      expect(form.statusCode, `${hex(char)} in form field ${open311Field}`).toBe(400);
      expect(xmlProblems(form.body)).toBe('');
      expect(schemaErrors(open311Schemas.errors, fromOpen311Xml(form.body).value)).toBe('');
      const json = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: from(), payload: fields });
      expect(json.statusCode, `${hex(char)} in JSON field ${open311Field}`).toBe(400);
      expect(json.json()[0].description).toContain(hex(char));
    }
    // The query string and the path are checked too.
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests.xml?service_code=roads%01` })).statusCode).toBe(400);
    const path = await t.app.inject({ method: 'GET', url: `/api/public/complaints/ABCD-EFGH-%EF%BF%BF`, headers: from() });
    expect(path.statusCode).toBe(400);
    expect(await complaints()).toBe(before);

    // Tab, line feed and carriage return are text.
    const fine = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      headers: from(),
      payload: { categoryCode: 'roads', description: 'ถนนพัง\tหลุมลึก\r\nอันตรายมาก', areaCode: '1007', location: null, complainant: null },
    });
    expect(fine.statusCode).toBe(201);
  });

  it('refuses them in multipart fields and file names, and in LINE text after checking its signature', async () => {
    const upload = async (fill: (form: FormData) => void) => {
      const form = new FormData();
      fill(form);
      return t.app.inject({ method: 'POST', url: '/api/public/complaint-photos', headers: from(), body: form });
    };
    const named = await upload((form) => form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'หลุม\u0001.png'));
    expect(named.statusCode).toBe(400);
    expect(named.json().error.fields[0].path).toBe('body/file/filename');
    const field = await upload((form) => {
      form.append('caption', 'ถนน\u000bพัง');
      form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'pothole.png');
    });
    expect(field.statusCode).toBe(400);
    expect(field.json().error.fields[0].path).toBe('body/caption');

    const body = JSON.stringify({
      destination: 'Ubot',
      events: [
        {
          type: 'message',
          timestamp: 1_700_000_000_000,
          source: { type: 'user', userId: `U${'c'.repeat(32)}` },
          webhookEventId: '01HCONTROLCHARS',
          replyToken: 'reply-control',
          message: { id: 'm-control', type: 'text', text: 'ไฟดับ\uFFFEทั้งซอย' },
        },
      ],
    });
    const line = (signature: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/channels/line/webhook',
        headers: { ...from(), 'content-type': 'application/json', 'x-line-signature': signature },
        payload: body,
      });
    expect((await line('d3Jvbmc=')).statusCode).toBe(401);
    const signed = await line(signLineBody(body, testChannels.lineChannelSecret!));
    expect(signed.statusCode).toBe(400);
    expect(signed.json().error.fields[0].en).toContain('U+FFFE');
    const seen = await t.db.query(`select 1 from line_webhook_events where webhook_event_id = '01HCONTROLCHARS'`);
    expect(seen.rows).toHaveLength(0);
  });

  it('writes a valid document even from rows that already hold every such character', async () => {
    const created = await createComplaint(
      { db: t.db, clock: t.clock, actor: null },
      { channel: 'web', categoryCode: 'roads', description: 'ถนนพังเป็นหลุมลึกมาก', areaCode: '1007', location: null, complainant: null },
    );
    // NUL cannot be stored by PostgreSQL at all; every other forbidden character goes in by SQL, past the input guard.
    const stored = forbidden.filter((char) => char !== '\u0000').join('');
    await t.db.query(`update cases set title = $2, body = $3 where id = $1`, [created.caseId, `หัว${stored}เรื่อง`, `ถนน${stored}พัง`]);
    await t.db.query(`update complaints set address = $2 where case_id = $1`, [created.caseId, `ซอย${stored}5`]);
    await t.db.query(
      `insert into complaint_categories (code, name_th, name_en, active, sort_order, created_at, updated_at)
       values ('control_chars', $1, $2, true, 999, now(), now())`,
      [`ประเภท${stored}`, `Kind${stored}`],
    );

    for (const url of [
      '/open311/v2/requests.xml',
      `/open311/v2/requests/${created.publicId}.xml`,
      `/open311/v2/requests.xml?service_request_id=${created.publicId}`,
      '/open311/v2/services.xml',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(xmlProblems(response.body), url).toBe('');
    }
    const one = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${created.publicId}.xml` });
    const [request] = fromOpen311Xml(one.body).value as { description: string; address: string }[];
    const replaced = '\uFFFD'.repeat(forbidden.length - 1);
    expect(request!.description).toBe(`ถนน${replaced}พัง`);
    // The free-text address is never published (PDPA): the area's name stands in for it.
    expect(request!.address).toBe('เขตปทุมวัน กรุงเทพมหานคร');
    const services = fromOpen311Xml((await t.app.inject({ method: 'GET', url: '/open311/v2/services.xml' })).body).value as {
      service_code: string;
      service_name: string;
    }[];
    expect(services.find((s) => s.service_code === 'control_chars')!.service_name).toBe(`ประเภท${replaced} (Kind${replaced})`);
  });
});
