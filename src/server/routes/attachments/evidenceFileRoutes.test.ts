import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, uploadFile } from '../../../../test/support/files.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

const pdf = '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n';

describe.each(testEngines())('evidence files (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine });
  });
  afterAll(() => t.close());

  it('uploads a file, which its uploader downloads as sent before citing it, and nobody else sees', async () => {
    const officer = await t.as('officer', 'DO-5001');
    const upload = await uploadFile(officer, '/api/attachments', { name: 'รายงาน.pdf', data: pdf, type: 'application/pdf' });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ filename: 'รายงาน.pdf', contentType: 'application/pdf', sizeBytes: pdf.length, eventId: null });

    const download = await downloadFile(officer, `/api/attachments/${upload.body.id}`);
    expect(download.status).toBe(200);
    expect(download.type).toBe('application/pdf');
    expect(download.data.toString('utf8')).toBe(pdf);

    const other = await t.as('officer', 'DO-5003');
    expect((await other.get(`/api/attachments/${upload.body.id}`)).status).toBe(404);
  });
});
