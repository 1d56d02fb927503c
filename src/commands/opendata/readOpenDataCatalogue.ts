import type { Queryable } from '../../db/database.ts';
import {
  selectComplaintPeriod,
  selectOpenDataFiles,
  selectOpenDataPublications,
  selectOpenDataSettings,
} from '../../db/queries/openDataQueries.ts';
import type { OpenDataCatalogue, OpenDataFormat, OpenDataResource, OpenDataset } from '../../domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../../domain/opendata/openDatasets.ts';

const EXTENSION: Record<OpenDataFormat, string> = { csv: 'csv', json: 'json', xlsx: 'xlsx', dictionary_csv: 'dictionary.csv' };

/**
 * The published catalogue: each published dataset with the files the last export wrote. Public:
 * it carries metadata only. A dataset published but not yet exported has no resources.
 */
export async function readOpenDataCatalogue(db: Queryable): Promise<OpenDataCatalogue> {
  const [settings, publications, files, complaintPeriod] = await Promise.all([
    selectOpenDataSettings(db),
    selectOpenDataPublications(db),
    selectOpenDataFiles(db),
    selectComplaintPeriod(db),
  ]);
  const datasets: OpenDataset[] = [];
  for (const definition of [...OPEN_DATASETS].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!(publications.get(definition.name) ?? definition.publishedByDefault)) continue;
    const resources: OpenDataResource[] = files
      .filter((file) => file.dataset === definition.name)
      .map((file) => {
        const format = file.format as OpenDataFormat;
        const fileName = `${file.table_name}.${EXTENSION[format]}`;
        return {
          id: file.id,
          dataset: file.dataset,
          table: file.table_name,
          format,
          mediaType: file.media_type,
          path: `/opendata/${file.dataset}/${fileName}`,
          filePath: `/opendata/files/${file.id}/${fileName}`,
          fileName,
          rowCount: Number(file.row_count),
          byteSize: Number(file.byte_size),
          sha256: file.sha256,
          modifiedAt: file.modified_at.toISOString(),
          createdAt: file.created_at.toISOString(),
        };
      });
    const created = resources.map((r) => r.createdAt).sort()[0] ?? null;
    const modified =
      resources
        .map((r) => r.modifiedAt)
        .sort()
        .at(-1) ?? null;
    // The complaint datasets cover the months complaints were received in; the others are current lists.
    const temporal = definition.group === 'complaints' ? complaintPeriod : null;
    datasets.push({ ...definition, published: true, createdAt: created, modifiedAt: modified, temporal, resources });
  }
  return {
    settings: {
      licenseId: settings.license_id,
      publisherNameTh: settings.publisher_name_th,
      publisherNameEn: settings.publisher_name_en,
      contactName: settings.contact_name,
      contactEmail: settings.contact_email,
    },
    datasets,
  };
}
