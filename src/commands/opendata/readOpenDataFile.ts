import type { Queryable } from '../../db/database.ts';
import { readOpenDataFileChunks } from '../../db/queries/openDataFileStore.ts';
import type { OpenDataResource } from '../../domain/opendata/openDataCatalogue.ts';
import { AppError } from '../../domain/errors.ts';
import { readOpenDataCatalogue } from './readOpenDataCatalogue.ts';

const fileNotFound = () =>
  new AppError('not_found', {
    th: 'ไม่พบไฟล์ข้อมูลเปิดนี้ ชุดข้อมูลอาจยังไม่เผยแพร่หรือไฟล์ถูกแทนที่ด้วยไฟล์ใหม่แล้ว',
    en: 'No such open-data file: its dataset is not published, or a newer export replaced it.',
  });

/**
 * A downloadable file, found only among the published datasets' files, so a withdrawn dataset's
 * files stop downloading at once. `fileName` must be the file's own: a link is exact or nothing.
 */
export async function findPublishedOpenDataFile(db: Queryable, fileId: string, fileName: string): Promise<OpenDataResource> {
  const catalogue = await readOpenDataCatalogue(db);
  const found = catalogue.datasets.flatMap((dataset) => dataset.resources).find((file) => file.id === fileId && file.fileName === fileName);
  if (!found) throw fileNotFound();
  return found;
}

/** The current file of a published dataset's table in one format, by its stable name (`complaints.csv`). */
export async function findCurrentOpenDataFile(db: Queryable, dataset: string, fileName: string): Promise<OpenDataResource> {
  const catalogue = await readOpenDataCatalogue(db);
  const found = catalogue.datasets.find((candidate) => candidate.name === dataset)?.resources.find((file) => file.fileName === fileName);
  if (!found) throw fileNotFound();
  return found;
}

/** The file's bytes, a few megabyte chunks per query, so a download of any size never sits in memory. */
export function streamOpenDataFile(db: Queryable, fileId: string): AsyncGenerator<Buffer> {
  return readOpenDataFileChunks(db, fileId);
}
