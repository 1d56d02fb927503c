import { Type, type Static, type TSchema } from 'typebox';
import { CKAN_ACTIONS } from '../../../domain/opendata/ckanActions.ts';

/** The action in the path: only the read actions Tidtam answers; any other name is CKAN's 400 "Action name not known". */
export const CkanActionParams = Type.Object(
  {
    action: Type.Union(
      Object.entries(CKAN_ACTIONS).map(([name, help]) => Type.Literal(name, { description: help })),
      { description: 'A CKAN action name' },
    ),
  },
  { additionalProperties: false },
);
export type CkanActionParams = Static<typeof CkanActionParams>;

/**
 * The parameters CKAN's read actions take. Values arrive as strings in a query string and as any
 * JSON scalar in a POSTed body, as CKAN accepts both; the domain reads them (`ckanActions.ts`).
 * Parameters CKAN clients send that change nothing here (facets, private or draft datasets) are
 * accepted so a stock client works; anything else is refused.
 */
function parameters(value: () => TSchema) {
  const shortText = () => Type.Optional(value());
  return {
    id: shortText(),
    name: shortText(),
    q: shortText(),
    fq: shortText(),
    sort: shortText(),
    rows: shortText(),
    start: shortText(),
    limit: shortText(),
    offset: shortText(),
    all_fields: shortText(),
    include_datasets: shortText(),
    include_dataset_count: shortText(),
    include_extras: shortText(),
    include_users: shortText(),
    include_tags: shortText(),
    include_groups: shortText(),
    include_followers: shortText(),
    include_private: shortText(),
    include_drafts: shortText(),
    include_deleted: shortText(),
    include_tracking: shortText(),
    use_default_schema: shortText(),
    facet: shortText(),
    'facet.field': shortText(),
    'facet.limit': shortText(),
    'facet.mincount': shortText(),
    organizations: shortText(),
    groups: shortText(),
    order_by: shortText(),
    type: shortText(),
  };
}

const scalar = () => Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean(), Type.Null()]);

export const CkanQuery = Type.Object(
  parameters(() => Type.String({ maxLength: 2000 })),
  { additionalProperties: false },
);
export type CkanQuery = Static<typeof CkanQuery>;

export const CkanBody = Type.Object(parameters(scalar), { additionalProperties: false });
export type CkanBody = Static<typeof CkanBody>;

/** CKAN's envelope of a successful answer; `result` is the action's (a list of names, a package, a search page ...). */
export const CkanAnswer = Type.Object({
  help: Type.String({ description: 'Where the action is described (help_show)' }),
  success: Type.Literal(true),
  result: Type.Unknown({ description: 'The action’s result, in CKAN’s field names' }),
});
