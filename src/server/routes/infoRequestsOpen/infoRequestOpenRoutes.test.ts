import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../../test/support/factories.ts';
import { answeredInfoRequest, requesterLeaks } from '../../../../test/support/infoRequestDisclosureFixtures.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('publishing information requests over HTTP (%s)', (engine) => {
  let t: TestApp;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    coordinator = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'MOF' }));
  });
  afterAll(() => t?.close());

  it('refuses to publish without consent with a stable code and words in Thai and English', async () => {
    const request = await answeredInfoRequest(t.db, t.clock, { publishConsent: false });
    const refused = await coordinator.request('PUT', `/api/info-requests/${request.caseId}/publication`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('publish_consent_missing');
    expect(refused.body.error.messageTh).toContain('ไม่ได้ยินยอม');
    expect(refused.body.error.message).toContain('did not agree');
    expect((await anonymous(t.app).get(`/portal/information/requests/${request.ref}`)).status).toBe(404);
  });

  it('serves the published page without personal data, the document only once approved, and nothing once withdrawn', async () => {
    const request = await answeredInfoRequest(t.db, t.clock);
    const visitor = anonymous(t.app);
    const preview = await coordinator.get(`/api/info-requests/${request.caseId}/publication`);
    expect(preview.status).toBe(200);
    expect(requesterLeaks(JSON.stringify(preview.body))).toEqual([]);
    expect((await coordinator.request('PUT', `/api/info-requests/${request.caseId}/publication`)).status).toBe(200);
    const page = await visitor.get(`/portal/information/requests/${request.ref}?lang=en`);
    expect(page.status).toBe(200);
    expect(requesterLeaks(page.body as string)).toEqual([]);
    expect(page.body).toContain('Withheld');
    expect((await visitor.get(`/portal/information/documents/${request.pdfDocumentId}`)).status).toBe(404);
    const reviewed = await coordinator.request('PUT', `/api/info-requests/${request.caseId}/documents/${request.pdfDocumentId}/review`, {
      status: 'approved',
    });
    expect(reviewed.status).toBe(200);
    const file = await t.app.inject({ url: `/portal/information/documents/${request.pdfDocumentId}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('attachment');
    const found = await visitor.get(`/portal/information?q=${encodeURIComponent('น้ำท่วม')}`);
    expect(found.body).toContain(`/portal/information/requests/${request.ref}`);

    expect((await coordinator.delete(`/api/info-requests/${request.caseId}/publication`)).status).toBe(200);
    expect((await visitor.get(`/portal/information/requests/${request.ref}`)).status).toBe(404);
    expect((await visitor.get(`/portal/information/documents/${request.pdfDocumentId}`)).status).toBe(404);
    expect((await visitor.get(`/portal/information?q=${encodeURIComponent('น้ำท่วม')}`)).body).not.toContain(request.ref);
  });
});
