import { Type, type Static } from 'typebox';
import { caseKinds, priorities } from '../caseKinds.ts';
import { Nullable, oneOf } from './common.ts';
import { Confidence, Rag } from './reports.ts';

/**
 * The national delivery picture (issue 11, item 3): every live directive, policy and cabinet
 * resolution at a glance, then the same figures by ministry and by inspection zone, and one
 * zone's provinces for the deputy PM's inspection office. National read scope only.
 */

/** How units stand on a set of assignments: the figures every row of the picture shares. */
export const DeliveryTally = Type.Object({
  /** Live directives, policies and resolutions counted in this row. */
  cases: Type.Integer(),
  /** Assignments sent (returned work does not count: the unit said it is not theirs). */
  assigned: Type.Integer(),
  acknowledged: Type.Integer(),
  /** acknowledged ÷ assigned, 0–100, rounded down; null when nothing was assigned. */
  reachPercent: Nullable(Type.Integer()),
  /** Units past their due date and not yet finished, or past their acknowledgement deadline and not yet acknowledged. */
  overdue: Type.Integer(),
  /** Units whose latest progress report asks the centre for help. */
  helpNeeded: Type.Integer(),
  /** The worst latest RAG among the units that reported (a priority is as much at risk as its weakest unit). */
  rag: Nullable(Rag),
});
export type DeliveryTally = Static<typeof DeliveryTally>;

export const PictureCase = Type.Intersect([
  Type.Object({
    id: Type.String(),
    ref: Type.String(),
    kind: oneOf(caseKinds),
    title: Type.String(),
    priority: oneOf(priorities),
    dueAt: Nullable(Type.String({ format: 'date-time' })),
    confidence: Nullable(Confidence),
    /** Outcome indicators at their latest measured period against the trajectory: green is on track, amber and red are off. */
    indicators: Type.Object({ onTrack: Type.Integer(), offTrack: Type.Integer(), unmeasured: Type.Integer() }),
  }),
  DeliveryTally,
]);
export type PictureCase = Static<typeof PictureCase>;

const Named = Type.Object({ key: Type.String(), nameTh: Type.String(), nameEn: Nullable(Type.String()) });

/** One ministry's share: its units' assignments on the live cases (a case counts under every ministry it reaches). */
export const MinistryTally = Type.Intersect([Named, DeliveryTally]);
export type MinistryTally = Static<typeof MinistryTally>;

/** One inspection zone's share: the assignments of units in the zone's provinces. */
export const ZoneTally = Type.Intersect([Named, Type.Object({ number: Type.Integer(), provinceCount: Type.Integer() }), DeliveryTally]);
export type ZoneTally = Static<typeof ZoneTally>;

export const NationalPicture = Type.Object({
  asOf: Type.String({ format: 'date-time' }),
  totals: Type.Intersect([
    DeliveryTally,
    Type.Object({
      byRag: Type.Object({ green: Type.Integer(), amber: Type.Integer(), red: Type.Integer(), unrated: Type.Integer() }),
      indicatorsOnTrack: Type.Integer(),
      indicatorsOffTrack: Type.Integer(),
    }),
  ]),
  /** Those needing attention first: help asked, then red, then amber, then most overdue. */
  cases: Type.Array(PictureCase),
  byMinistry: Type.Array(MinistryTally),
  /** Every inspection zone, including the central area (Bangkok, number 0), in number order. */
  byZone: Type.Array(ZoneTally),
});
export type NationalPicture = Static<typeof NationalPicture>;

export const ZoneParams = Type.Object({ number: Type.Integer({ minimum: 0, maximum: 99 }) }, { additionalProperties: false });

/** One province of a zone with its live directives: reach, overdue and worst RAG of the units there. */
export const ZoneProvince = Type.Intersect([
  Type.Object({ code: Type.String(), nameTh: Type.String(), nameEn: Nullable(Type.String()) }),
  DeliveryTally,
]);
export type ZoneProvince = Static<typeof ZoneProvince>;

export const ZonePicture = Type.Object({
  zone: Type.Object({ key: Type.String(), number: Type.Integer(), nameTh: Type.String(), nameEn: Nullable(Type.String()) }),
  asOf: Type.String({ format: 'date-time' }),
  totals: DeliveryTally,
  provinces: Type.Array(ZoneProvince),
});
export type ZonePicture = Static<typeof ZonePicture>;
