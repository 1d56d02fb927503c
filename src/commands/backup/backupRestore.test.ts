import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../test/support/caseFixtures.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import type { Database, Engine } from '../../db/database.ts';
import { insertAttachment, readAttachmentData } from '../../db/queries/attachmentQueries.ts';
import { saveShareCard } from '../../db/queries/shareCardQueries.ts';
import type { BackupManifest } from '../../domain/backup/backupManifest.ts';
import { BackupRefusal } from '../../domain/backup/backupRefusal.ts';
import { ManualClock } from '../../domain/clock.ts';
import { verifyAuditChain } from '../audit/verifyAuditChain.ts';
import { createComplaint } from '../complaints/createComplaint.ts';
import { uploadComplaintPhoto } from '../complaints/uploadComplaintPhoto.ts';
import { backupDatabase } from './backupDatabase.ts';
import { restoreDatabase } from './restoreDatabase.ts';

/**
 * Backup and restore (issue 15, item 2): one seeded source per engine, backed up once, restored
 * into a fresh database of each engine; the restored tables give the same row counts and
 * checksums, the files the same bytes, and the app goes on writing.
 */
const clock = new ManualClock('2026-03-02T02:00:00Z');

async function backupToBuffer(db: Database): Promise<{ file: Buffer; manifest: BackupManifest }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const manifest = await backupDatabase(db, out);
  return { file: Buffer.concat(chunks), manifest };
}

const fileOf = (bytes: Buffer) => () => Readable.from([bytes]);

/** Each table's name, row count and checksum, as a backup of the database states them. */
const tableFigures = (manifest: BackupManifest) => manifest.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 }));

interface Seeded {
  file: Buffer;
  manifest: BackupManifest;
  attachmentId: string;
  attachment: Buffer;
  photoId: string;
  photo: Buffer;
}

async function seed(db: Database): Promise<Omit<Seeded, 'file' | 'manifest'>> {
  const fixtures = new CaseFixtures(db, clock);
  const directive = await fixtures.directive({ to: ['PH-50', 'PH-10'], title: 'ข้อสั่งการ "สำรองข้อมูล"\tแท็บ\nบรรทัดใหม่ \\ แบ็กสแลช' });
  await fixtures.bringTo(directive.assignmentIds['PH-50']!, 'PH-50', 'in_progress');
  const attachment = randomBytes(300_000);
  const stored = await insertAttachment(db, {
    uploadedBy: null,
    filename: 'หลักฐาน.bin',
    contentType: 'application/octet-stream',
    sha256: 'not-checked-here',
    data: attachment,
    now: clock.now(),
  });
  const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  const photo = await uploadComplaintPhoto({ db, clock }, { filename: 'pothole.png', data: png, uploadedBy: null });
  await createComplaint(
    { db, clock, actor: null },
    {
      channel: 'web',
      categoryCode: 'roads',
      description: 'ถนนหน้าซอยพหลโยธิน 24 เป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
      areaCode: '10',
      location: { lat: 13.7563, lon: 100.5018 },
      complainant: null,
      attachmentIds: [photo.id],
    },
  );
  await saveShareCard(db, { card_key: 'backup-test', figures_hash: 'x', png, rendered_at: clock.now() });
  return { attachmentId: stored.id, attachment, photoId: photo.id, photo: await readAttachmentData(db, photo.id) };
}

const engines = testEngines();
const sources = new Map<Engine, { db: Database; seeded: Seeded }>();

beforeAll(async () => {
  for (const engine of engines) {
    const db = await openTestDatabase(engine);
    const seeded = await seed(db);
    sources.set(engine, { db, seeded: { ...seeded, ...(await backupToBuffer(db)) } });
  }
});
afterAll(async () => {
  for (const { db } of sources.values()) await db.close();
});

describe.each(engines.flatMap((from) => engines.map((to) => [from, to] as const)))('backup on %s, restore on %s', (from, to) => {
  it('gives the same rows, checksums and file bytes, and the app writes new cases after it', async () => {
    const { seeded } = sources.get(from)!;
    const target = await openTestDatabase(to);
    try {
      const result = await restoreDatabase(target, fileOf(seeded.file), { replace: false });
      expect(result.upgradedWith).toEqual([]);
      const again = await backupToBuffer(target);
      expect(tableFigures(again.manifest)).toEqual(tableFigures(seeded.manifest));
      expect(again.manifest.sequences).toEqual(seeded.manifest.sequences);
      expect(await readAttachmentData(target, seeded.attachmentId)).toEqual(seeded.attachment);
      expect(await readAttachmentData(target, seeded.photoId)).toEqual(seeded.photo);
      const counts = await target.query<{ cases: number; events: number }>(
        'select (select count(*)::int from cases) as cases, (select count(*)::int from case_events) as events',
      );
      expect(counts.rows[0]!.cases).toBe(2);
      // The restored history is the same chain: every event verifies, and new events continue it.
      expect((await verifyAuditChain(target)).problems).toEqual([]);
      const next = await new CaseFixtures(target, clock).directive({ to: ['PH-50'] });
      const event = await target.query<{ id: number }>('select max(id)::int as id from case_events where case_id = $1', [next.caseId]);
      expect(event.rows[0]!.id).toBeGreaterThan(Math.max(...(await eventIdsIn(seeded.manifest))));
      const after = await verifyAuditChain(target);
      expect(after.problems).toEqual([]);
      expect(after.entries).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });
});

/** The case_events identity the backup carried: new events must number after it. */
async function eventIdsIn(manifest: BackupManifest): Promise<number[]> {
  return manifest.sequences.filter((s) => s.name === 'case_events_id_seq').map((s) => Number(s.value));
}

describe.each(engines)('restore on %s', (engine) => {
  it('refuses a database in use, changing nothing, and replaces it with --replace', async () => {
    const { seeded } = sources.get(engine)!;
    const target = await openTestDatabase(engine);
    try {
      await new CaseFixtures(target, clock).directive({ to: ['PH-10'], title: 'งานที่มีอยู่ก่อน' });
      const before = await backupToBuffer(target);
      const refusal = await restoreDatabase(target, fileOf(seeded.file), { replace: false }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(BackupRefusal);
      expect((refusal as BackupRefusal).message).toMatch(/already holds data \(.*cases.*\); .*--replace/);
      expect((refusal as BackupRefusal).th).toMatch(/--replace/);
      expect(tableFigures((await backupToBuffer(target)).manifest)).toEqual(tableFigures(before.manifest));
      await restoreDatabase(target, fileOf(seeded.file), { replace: true });
      expect(tableFigures((await backupToBuffer(target)).manifest)).toEqual(tableFigures(seeded.manifest));
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup, damaged, cut short or from a newer version, in Thai and English', async () => {
    const { seeded } = sources.get(engine)!;
    const target = await openTestDatabase(engine);
    try {
      const before = tableFigures((await backupToBuffer(target)).manifest);
      const damaged = Buffer.from(seeded.file);
      damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
      const attempts: [string, () => Readable, RegExp][] = [
        ['not a backup', fileOf(Buffer.from('name,phone\nสมชาย,0812345678\n')), /not a Tidtam backup/],
        ['damaged', fileOf(damaged), /damaged/],
        ['cut short', fileOf(seeded.file.subarray(0, Math.floor(seeded.file.length * 0.7))), /damaged/],
        [
          'newer',
          fileOf(await withManifest(seeded.file, (m) => ({ ...m, migrations: [...m.migrations, '29991231000000-add-future.sql'] }))),
          /newer Tidtam/,
        ],
      ];
      for (const [what, open, message] of attempts) {
        const refusal = await restoreDatabase(target, open, { replace: true }).catch((error: unknown) => error);
        expect(refusal, what).toBeInstanceOf(BackupRefusal);
        expect((refusal as BackupRefusal).message, what).toMatch(message);
        expect((refusal as BackupRefusal).th, what).toMatch(/[\u0E00-\u0E7F]/);
      }
      expect(tableFigures((await backupToBuffer(target)).manifest)).toEqual(before);
    } finally {
      await target.close();
    }
  });
});

/** The same backup with its manifest changed (the data entries as they were). */
async function withManifest(file: Buffer, change: (manifest: BackupManifest) => BackupManifest): Promise<Buffer> {
  const { openArchiveWriter, readArchive } = await import('./backupArchive.ts');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = openArchiveWriter(out);
  await readArchive(Readable.from([file]), async (name, body) => {
    const parts: Buffer[] = [];
    for await (const part of body) parts.push(Buffer.from(part));
    const bytes = Buffer.concat(parts);
    await writer.add(
      name,
      name === 'manifest.json' ? Buffer.from(JSON.stringify(change(JSON.parse(bytes.toString('utf8')) as BackupManifest))) : bytes,
    );
  });
  await writer.finish();
  return Buffer.concat(chunks);
}
