import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOpenDataCatalogue } from '../../../commands/opendata/readOpenDataCatalogue.ts';
import { OPEN_DATA_CHUNK_BYTES, storeOpenDataFile } from '../../../db/queries/openDataFileStore.ts';
import type { OpenDataResource } from '../../../domain/opendata/openDataCatalogue.ts';
import { publishOpenDataset, storeSampleDataset } from '../../../../test/support/openDataFixtures.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { matchesEntityTag } from './openDataFileRoutes.ts';

describe('open-data downloads', () => {
  let t: TestApp;
  let files: OpenDataResource[];

  beforeAll(async () => {
    t = await startTestApp();
    await storeSampleDataset(t.db, 'complaint-statistics', 7, new Date('2026-02-01T00:00:00Z'));
    // A file of two and a half chunks, so the download streams several chunk reads.
    const big = Buffer.alloc(OPEN_DATA_CHUNK_BYTES * 2 + OPEN_DATA_CHUNK_BYTES / 2, 'ก,1\n');
    await t.db.transaction((tx) =>
      storeOpenDataFile(
        tx,
        { dataset: 'units', table: 'units', format: 'csv', mediaType: 'text/csv; charset=utf-8', now: new Date('2026-02-01T00:00:00Z') },
        (async function* () {
          for (let at = 0; at < big.length; at += 300_000) yield big.subarray(at, at + 300_000);
        })(),
        () => 1,
      ),
    );
    await publishOpenDataset(t.db, 'units', true, new Date('2026-02-01T00:00:00Z'));
    files = (await readOpenDataCatalogue(t.db)).datasets.flatMap((dataset) => dataset.resources);
  });
  afterAll(async () => t?.close());

  const csvOf = (dataset: string) => files.find((file) => file.dataset === dataset && file.format === 'csv')!;

  it('streams a published file with its type, length, sha256 ETag, file name and a public cache', async () => {
    const file = csvOf('complaint-statistics');
    const response = await t.app.inject({ method: 'GET', url: file.filePath });
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(file.byteSize),
      etag: `"${file.sha256}"`,
      'content-disposition': 'attachment; filename="complaint_statistics.csv"',
      'cache-control': 'public, max-age=300',
    });
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(createHash('sha256').update(response.rawPayload).digest('hex')).toBe(file.sha256);
  });

  it('streams a file of several chunks whole', async () => {
    const file = csvOf('units');
    const response = await t.app.inject({ method: 'GET', url: file.filePath });
    expect(response.rawPayload.byteLength).toBe(file.byteSize);
    expect(createHash('sha256').update(response.rawPayload).digest('hex')).toBe(file.sha256);
  });

  it('answers 304 when the client already holds the same bytes', async () => {
    const file = csvOf('complaint-statistics');
    const again = await t.app.inject({ method: 'GET', url: file.filePath, headers: { 'if-none-match': `W/"other", "${file.sha256}"` } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(matchesEntityTag('*', '"x"')).toBe(true);
    expect(matchesEntityTag('"y"', '"x"')).toBe(false);
  });

  it('redirects the stable address to the current file', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/opendata/complaint-statistics/complaint_statistics.dictionary.csv' });
    expect(response.statusCode).toBe(302);
    const dictionary = files.find((file) => file.dataset === 'complaint-statistics' && file.format === 'dictionary_csv')!;
    expect(response.headers.location).toBe(dictionary.filePath);
  });

  it('refuses files of datasets not published, wrong names and unknown ids with a stable code', async () => {
    await publishOpenDataset(t.db, 'units', false, new Date('2026-02-02T00:00:00Z'));
    const withdrawn = await t.app.inject({ method: 'GET', url: csvOf('units').filePath });
    expect(withdrawn.statusCode).toBe(404);
    expect(withdrawn.json().error).toMatchObject({ code: 'not_found', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect((await t.app.inject({ method: 'GET', url: '/opendata/units/units.csv' })).statusCode).toBe(404);
    const file = csvOf('complaint-statistics');
    const renamed = await t.app.inject({ method: 'GET', url: file.filePath.replace('complaint_statistics.csv', 'units.csv') });
    expect(renamed.statusCode).toBe(404);
    const unknownId = await t.app.inject({ method: 'GET', url: '/opendata/files/00000000-0000-4000-8000-000000000000/units.csv' });
    expect(unknownId.statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/opendata/files/not-a-uuid/units.csv' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('validation_failed');
  });
});
