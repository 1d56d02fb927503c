import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { downloadFile, uploadFile } from '../../../../test/support/files.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** A phone's photo: 40×20 stored sideways (EXIF orientation 6), with its make, serial number and where it was taken. */
async function phonePhoto(format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  const blank = sharp({ create: { width: 40, height: 20, channels: 3, background: '#2a7' } });
  return blank[format]()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15', Copyright: 'สมชาย ใจดี' },
      IFD2: { BodySerialNumber: 'SN-123456' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 47/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '98/1 59/1 4/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .toBuffer();
}

/**
 * Issue 9, finding 9: evidence images uploaded by staff came back
 * byte-identical, with the GPS position and the phone that took them.
 */
describe.each(testEngines())('staff evidence images lose their metadata (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let caseId: string;
  let assignmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const f = new CaseFixtures(t.db, t.clock);
    const made = await f.directive({ to: ['PH-50'] });
    caseId = made.caseId;
    assignmentId = made.assignmentIds['PH-50']!;
    await f.bringTo(assignmentId, 'PH-50', 'acknowledged');
    office = await t.as('officer', 'PH-50');
  });
  afterAll(() => t.close());

  for (const format of ['jpeg', 'png', 'webp'] as const) {
    it(`strips EXIF, GPS and XMP from a ${format.toUpperCase()} photo, keeps it upright, and the case still shows it`, async () => {
      const photo = await phonePhoto(format);
      const sent = await sharp(photo).metadata();
      expect(sent.exif?.includes('PhoneMaker')).toBe(true);
      expect(sent.xmp).toBeDefined();

      const uploaded = await uploadFile(office, '/api/attachments', { name: `จุดเกิดเหตุ.${format}`, data: photo });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ contentType: `image/${format}`, filename: `จุดเกิดเหตุ.${format}` });
      const filed = await office.post(`/api/assignments/${assignmentId}/progress`, {
        note: 'ภาพถ่ายจากการลงพื้นที่',
        attachmentIds: [uploaded.body.id],
      });
      expect(filed.status).toBe(201);
      const detail = await office.get(`/api/cases/${caseId}`);
      expect(detail.body.attachments.map((file: { id: string }) => file.id)).toContain(uploaded.body.id);

      const file = await downloadFile(office, `/api/attachments/${uploaded.body.id}`);
      expect(file.status).toBe(200);
      expect(file.type).toBe(`image/${format}`);
      expect(file.data.equals(photo)).toBe(false);
      expect(file.data.includes(Buffer.from('PhoneMaker'))).toBe(false);
      expect(file.data.includes(Buffer.from('SN-123456'))).toBe(false);
      const kept = await sharp(file.data).metadata();
      expect(kept.format).toBe(format);
      expect(kept.exif).toBeUndefined();
      expect(kept.xmp).toBeUndefined();
      expect(kept.orientation).toBeUndefined();
      // Turned the way the EXIF orientation said: the sideways 40×20 stands as 20×40.
      expect([kept.width, kept.height]).toEqual([20, 40]);
      expect(uploaded.body.sizeBytes).toBe(file.data.length);
    });
  }

  it('keeps an animated GIF animated, and a PDF as it came', async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 8, height: 6, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const gif = await sharp([await frame('red'), await frame('blue')], { join: { animated: true } })
      .gif()
      .toBuffer();
    const uploadedGif = await uploadFile(office, '/api/attachments', { name: 'animation.gif', data: gif });
    expect(uploadedGif.status).toBe(201);
    const gifBack = await downloadFile(office, `/api/attachments/${uploadedGif.body.id}`);
    expect((await sharp(gifBack.data, { animated: true }).metadata()).pages).toBe(2);

    // PDF metadata is not stripped (no re-encoding of documents): the bytes come back as sent.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const uploadedPdf = await uploadFile(office, '/api/attachments', { name: 'report.pdf', data: pdf });
    expect(uploadedPdf.status).toBe(201);
    expect((await downloadFile(office, `/api/attachments/${uploadedPdf.body.id}`)).data.equals(pdf)).toBe(true);
  });

  it('refuses a broken image as not an image (415), not a server error', async () => {
    const broken = Buffer.concat([(await phonePhoto('jpeg')).subarray(0, 200), Buffer.alloc(50, 7)]);
    const refused = await uploadFile(office, '/api/attachments', { name: 'broken.jpg', data: broken });
    expect(refused.status).toBe(415);
    expect(refused.body.error.code).toBe('file_type_not_allowed');
  });
});
