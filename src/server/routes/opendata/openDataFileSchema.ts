import { Type, type Static } from 'typebox';
import { Uuid } from '../../schemas/common.ts';

/** A file name as the export writes it: a table name, an optional `.dictionary`, and its extension. */
const FileName = Type.String({ pattern: '^[a-z0-9_-]{1,64}(\\.dictionary)?\\.(csv|json|xlsx)$', description: 'e.g. complaints.csv' });

export const OpenDataFileParams = Type.Object({ id: Uuid, fileName: FileName }, { additionalProperties: false });
export type OpenDataFileParams = Static<typeof OpenDataFileParams>;

export const OpenDataCurrentFileParams = Type.Object(
  {
    dataset: Type.String({ pattern: '^[a-z0-9-]{1,64}$', description: 'The dataset name, e.g. complaint-statistics' }),
    fileName: FileName,
  },
  { additionalProperties: false },
);
export type OpenDataCurrentFileParams = Static<typeof OpenDataCurrentFileParams>;
