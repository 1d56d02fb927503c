import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, literals } from './common.ts';

/**
 * Open-data administration (issue #12): the publisher's settings and which datasets are published.
 * The licence ids are those of `domain/opendata/openDataCatalogue.ts` (`OPEN_DATA_LICENCES`); the
 * command checks at compile time that the two lists are the same.
 */
export const OPEN_DATA_LICENCE_IDS = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'ODC-BY-1.0'] as const;

const Text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });

export const OpenDataSettingsBody = Type.Object(
  {
    licenseId: literals(OPEN_DATA_LICENCE_IDS, { description: 'The licence of every dataset (a CKAN license_id)' }),
    publisherNameTh: Text(200, 'The publisher, in Thai'),
    publisherNameEn: Text(200, 'The publisher, in English'),
    contactName: Text(200, 'Who answers questions about the data'),
    contactEmail: Type.String({ format: 'email', maxLength: 254, description: 'Their e-mail address (public)' }),
  },
  { additionalProperties: false },
);
export type OpenDataSettingsBody = Static<typeof OpenDataSettingsBody>;

export const OpenDataLicenceView = Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() });

export const OpenDataSettingsView = Type.Object({
  settings: OpenDataSettingsBody,
  licences: Type.Array(OpenDataLicenceView),
  updatedAt: Nullable(IsoDateTime),
});
export type OpenDataSettingsView = Static<typeof OpenDataSettingsView>;

export const OpenDatasetState = Type.Object({
  name: Type.String(),
  titleTh: Type.String(),
  titleEn: Type.String(),
  published: Type.Boolean(),
  /** True when no administrator has decided yet, so the default applies (only complaint statistics is published by default). */
  byDefault: Type.Boolean(),
  firstPublishedAt: Nullable(IsoDateTime),
  /** The last export's files of this dataset, and when their rows last changed. */
  files: Type.Integer(),
  rows: Type.Record(Type.String(), Type.Integer(), { description: 'Rows of each table, as the last export wrote them' }),
  modifiedAt: Nullable(IsoDateTime),
});
export type OpenDatasetState = Static<typeof OpenDatasetState>;

export const OpenDatasetList = Type.Object({ items: Type.Array(OpenDatasetState) });
export type OpenDatasetList = Static<typeof OpenDatasetList>;

export const OpenDatasetParams = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$', description: 'The dataset name, e.g. complaints' }) },
  { additionalProperties: false },
);

export const OpenDatasetPublicationBody = Type.Object({ published: Type.Boolean() }, { additionalProperties: false });
export type OpenDatasetPublicationBody = Static<typeof OpenDatasetPublicationBody>;
