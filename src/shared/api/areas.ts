import { Type, type Static } from 'typebox';
import { LocalizedText, Nullable } from './common.ts';

/** The shapes of official geography as the API shows it: areas, groupings of provinces, and the province map. */
export const AreaView = Type.Object({
  code: Type.String(),
  level: Type.String(),
  parentCode: Nullable(Type.String()),
  name: Type.Object({ th: Type.String(), en: Type.String() }),
  postcode: Nullable(Type.String()),
});
export type AreaView = Static<typeof AreaView>;

export const AreaList = Type.Object({ total: Type.Integer(), items: Type.Array(AreaView) });
export type AreaList = Static<typeof AreaList>;

export const GroupingView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  number: Nullable(Type.Integer()),
  name: Type.Object({ th: Type.String(), en: Type.String() }),
  provinceCodes: Type.Array(Type.String()),
});
export type GroupingView = Static<typeof GroupingView>;

export const GroupingList = Type.Object({ total: Type.Integer(), items: Type.Array(GroupingView) });
export type GroupingList = Static<typeof GroupingList>;

export const ProvinceMap = Type.Object({
  width: Type.Integer(),
  height: Type.Integer(),
  provinces: Type.Array(Type.Object({ code: Type.String(), name: LocalizedText, path: Type.String({ description: 'SVG path data' }) })),
});
export type ProvinceMap = Static<typeof ProvinceMap>;

/** One province's districts as SVG paths, with their official names, for the district choropleth. */
export const DistrictMap = Type.Object({
  province: Type.Object({ code: Type.String(), name: LocalizedText }),
  width: Type.Integer(),
  height: Type.Integer(),
  districts: Type.Array(Type.Object({ code: Type.String(), name: LocalizedText, path: Type.String({ description: 'SVG path data' }) })),
});
export type DistrictMap = Static<typeof DistrictMap>;

export const DistrictMapParams = Type.Object(
  { province: Type.String({ pattern: '^[0-9]{2}$', description: 'Two-digit province code' }) },
  { additionalProperties: false },
);
export type DistrictMapParams = Static<typeof DistrictMapParams>;

/** An area found by typing: its address from the area up, in Thai and English ("ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย"). */
export const AreaHitView = Type.Object({ ...AreaView.properties, label: LocalizedText });
export type AreaHitView = Static<typeof AreaHitView>;
export const AreaSearchResult = Type.Object({
  total: Type.Integer({ description: 'How many areas match; at most `limit` are listed' }),
  items: Type.Array(AreaHitView),
});
export type AreaSearchResult = Static<typeof AreaSearchResult>;
