import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import { readOpenDataCatalogue } from '../../../commands/opendata/readOpenDataCatalogue.ts';

const settings = {
  licenseId: 'CC-BY-SA-4.0',
  publisherNameTh: 'สำนักงานทดสอบข้อมูลเปิด',
  publisherNameEn: 'Open data test office',
  contactName: 'ฝ่ายข้อมูล',
  contactEmail: 'data@example.go.th',
};

describe.each(testEngines())('open-data administration routes (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    coordinator = await signIn(t.app, await createStaff(t.db, { role: 'delivery_unit', unitCode: 'PMDU' }));
  });
  afterAll(() => t.close());

  it('lets an administrator set the licence, publisher and contact, which the catalogue then carries, with an audit entry', async () => {
    const before = await admin.get('/api/open-data/settings');
    expect(before.status).toBe(200);
    expect(before.body.settings.licenseId).toBe('CC-BY-4.0');
    expect(before.body.licences.map((l: { id: string }) => l.id)).toEqual(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'ODC-BY-1.0']);
    expect((await admin.request('PUT', '/api/open-data/settings', settings)).status).toBe(200);
    const after = await admin.get('/api/open-data/settings');
    expect(after.body.settings).toEqual(settings);
    expect(after.body.updatedAt).not.toBeNull();
    const catalogue = await readOpenDataCatalogue(t.db);
    expect(catalogue.settings.licenseId).toBe('CC-BY-SA-4.0');
    expect(catalogue.settings.publisherNameEn).toBe('Open data test office');
    const audit = await admin.get('/api/audit-events?action=open_data_settings.update');
    expect(audit.body.items[0].before.license_id).toBe('CC-BY-4.0');
    expect(audit.body.items[0].after.license_id).toBe('CC-BY-SA-4.0');
  });

  it('refuses a licence not on the list, a bad e-mail and extra fields with validation_failed, in Thai and English', async () => {
    for (const body of [
      { ...settings, licenseId: 'WTFPL' },
      { ...settings, contactEmail: 'not an address' },
      { ...settings, publisherNameTh: '' },
      { ...settings, extra: true },
      { licenseId: 'CC-BY-4.0' },
    ]) {
      const response = await admin.request('PUT', '/api/open-data/settings', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.messageTh).toBeTruthy();
    }
  });

  it('publishes and withdraws a dataset: the catalogue follows, each decision is audited, nothing public by default but statistics', async () => {
    const initial = await admin.get('/api/open-data/datasets');
    expect(initial.status).toBe(200);
    const state = (name: string, list = initial) => list.body.items.find((d: { name: string }) => d.name === name);
    expect(state('complaint-statistics')).toMatchObject({ published: true, byDefault: true });
    expect(state('complaints')).toMatchObject({ published: false, byDefault: true, firstPublishedAt: null });
    expect((await readOpenDataCatalogue(t.db)).datasets.map((d) => d.name)).toEqual(['complaint-statistics']);

    expect((await admin.request('PUT', '/api/open-data/datasets/complaints/publication', { published: true })).status).toBe(200);
    expect((await admin.request('PUT', '/api/open-data/datasets/complaint-statistics/publication', { published: false })).status).toBe(200);
    const changed = await admin.get('/api/open-data/datasets');
    expect(state('complaints', changed)).toMatchObject({ published: true, byDefault: false });
    expect(state('complaints', changed).firstPublishedAt).not.toBeNull();
    expect((await readOpenDataCatalogue(t.db)).datasets.map((d) => d.name)).toEqual(['complaints']);

    const audit = await admin.get('/api/audit-events?targetType=open_dataset');
    expect(audit.body.items.map((e: { action: string; target: { id: string } }) => `${e.action} ${e.target.id}`)).toEqual([
      'open_dataset.withdraw complaint-statistics',
      'open_dataset.publish complaints',
    ]);
    await admin.request('PUT', '/api/open-data/datasets/complaints/publication', { published: false });
    expect((await readOpenDataCatalogue(t.db)).datasets).toEqual([]);
  });

  it('answers an unknown dataset with not_found and a malformed request with a 400, never a 500', async () => {
    const unknown = await admin.request('PUT', '/api/open-data/datasets/no-such-data/publication', { published: true });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    for (const [url, body] of [
      ['/api/open-data/datasets/units/publication', { published: 'yes' }],
      ['/api/open-data/datasets/units/publication', {}],
      ['/api/open-data/datasets/UNITS!/publication', { published: true }],
    ] as const) {
      const response = await admin.request('PUT', url, body);
      expect(response.status, url).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });

  it('refuses everyone but administrators', async () => {
    expect((await coordinator.get('/api/open-data/datasets')).body.error.code).toBe('forbidden');
    expect((await coordinator.request('PUT', '/api/open-data/datasets/units/publication', { published: true })).status).toBe(403);
    expect((await anonymous(t.app).request('PUT', '/api/open-data/settings', settings)).status).toBe(401);
  });
});
