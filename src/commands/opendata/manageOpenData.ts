import { selectOpenDataSettings } from '../../db/queries/openDataQueries.ts';
import {
  selectOpenDataFileSummary,
  selectOpenDataPublicationRows,
  selectOpenDataSettingsForUpdate,
  selectOpenDataSettingsUpdatedAt,
  updateOpenDataSettings,
  upsertOpenDataPublication,
} from '../../db/queries/openDataPublicationQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { OPEN_DATA_LICENCES, type OpenDataLicenceId } from '../../domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../../domain/opendata/openDatasets.ts';
import { canManageOpenData } from '../../domain/opendata/openDataPolicy.ts';
import { OPEN_DATA_LICENCE_IDS } from '../../shared/api/openDataAdmin.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext, ReadContext } from '../context.ts';

// The API's list of licences and the catalogue's are one list: each assignment fails to compile if they drift.
const apiIds: readonly OpenDataLicenceId[] = OPEN_DATA_LICENCE_IDS;
const catalogueIds: readonly (typeof OPEN_DATA_LICENCE_IDS)[number][] = Object.keys(OPEN_DATA_LICENCES) as OpenDataLicenceId[];
void apiIds;
void catalogueIds;

export interface OpenDataSettingsInput {
  licenseId: OpenDataLicenceId;
  publisherNameTh: string;
  publisherNameEn: string;
  contactName: string;
  contactEmail: string;
}

function requireManager(ctx: ReadContext): void {
  if (!canManageOpenData(ctx.actor)) throw new AppError('forbidden');
}

export async function readOpenDataSettings(ctx: ReadContext): Promise<{ settings: OpenDataSettingsInput; updatedAt: Date | null }> {
  requireManager(ctx);
  const row = await selectOpenDataSettings(ctx.db);
  return {
    settings: {
      licenseId: row.license_id as OpenDataLicenceId,
      publisherNameTh: row.publisher_name_th,
      publisherNameEn: row.publisher_name_en,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
    },
    updatedAt: await selectOpenDataSettingsUpdatedAt(ctx.db),
  };
}

/** Changes the licence, publisher and contact of every dataset; the next read of the catalogue carries them. */
export async function changeOpenDataSettings(ctx: CommandContext, input: OpenDataSettingsInput): Promise<void> {
  requireManager(ctx);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await selectOpenDataSettingsForUpdate(tx);
    const after = {
      license_id: input.licenseId,
      publisher_name_th: input.publisherNameTh.trim(),
      publisher_name_en: input.publisherNameEn.trim(),
      contact_name: input.contactName.trim(),
      contact_email: input.contactEmail.trim(),
    };
    await updateOpenDataSettings(tx, { ...after, updatedBy: ctx.actor.userId, updatedAt: now });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      { action: 'open_data_settings.update', targetType: 'open_data_settings', targetId: '1', before: { ...before }, after },
    );
  });
}

export interface OpenDatasetStateView {
  name: string;
  titleTh: string;
  titleEn: string;
  published: boolean;
  byDefault: boolean;
  firstPublishedAt: Date | null;
  files: number;
  rows: Record<string, number>;
  modifiedAt: Date | null;
}

/** Every defined dataset, published or not, with what its last export wrote. */
export async function listOpenDatasetStates(ctx: ReadContext): Promise<OpenDatasetStateView[]> {
  requireManager(ctx);
  const [publications, files] = await Promise.all([selectOpenDataPublicationRows(ctx.db), selectOpenDataFileSummary(ctx.db)]);
  return OPEN_DATASETS.map((dataset) => {
    const decision = publications.find((row) => row.dataset === dataset.name);
    const tables = files.filter((file) => file.dataset === dataset.name);
    const modified = tables.map((table) => table.modified_at.getTime());
    return {
      name: dataset.name,
      titleTh: dataset.titleTh,
      titleEn: dataset.titleEn,
      published: decision ? decision.published : dataset.publishedByDefault,
      byDefault: !decision,
      firstPublishedAt: decision?.first_published_at ?? null,
      files: tables.reduce((sum, table) => sum + table.files, 0),
      rows: Object.fromEntries(tables.map((table) => [table.table_name, table.rows])),
      modifiedAt: modified.length > 0 ? new Date(Math.max(...modified)) : null,
    };
  });
}

/** Publishes or withdraws a dataset: the catalogue, CKAN API and downloads follow at once (the files are already written). */
export async function setOpenDatasetPublication(ctx: CommandContext, name: string, published: boolean): Promise<void> {
  requireManager(ctx);
  const dataset = OPEN_DATASETS.find((candidate) => candidate.name === name);
  if (!dataset) throw new AppError('not_found');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await upsertOpenDataPublication(tx, { dataset: name, published, by: ctx.actor.userId, at: now });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: published ? 'open_dataset.publish' : 'open_dataset.withdraw',
        targetType: 'open_dataset',
        targetId: name,
        before: { published: before ? before.published : dataset.publishedByDefault },
        after: { published },
        ...(before ? {} : { data: { firstDecision: true } }),
      },
    );
  });
}
