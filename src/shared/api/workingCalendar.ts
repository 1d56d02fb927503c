import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, LocalizedText, Nullable, Uuid } from './common.ts';

/**
 * The shapes of the working-day calendar (issue 16): `/api/public-holidays` (the Thai public holidays
 * that working-day deadlines skip) and `/api/info-request-service-levels/:unitId` (an agency's service
 * level for official-information requests, in working days). Administrators only.
 */
export const workingDayLimits = {
  nameMax: 300,
  acknowledgeMax: 250,
  resolveMax: 250,
  longOverdueMax: 500,
  escalateEveryMax: 250,
  levelsMax: 10,
} as const;

const DAY_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

export const PublicHolidayView = Type.Object({
  day: IsoDate,
  nameTh: Type.String(),
  nameEn: Type.String(),
  updatedAt: IsoDateTime,
});
export type PublicHolidayView = Static<typeof PublicHolidayView>;

export const PublicHolidayList = Type.Object({
  year: Nullable(Type.Integer({ description: 'The Gregorian year listed; null: every year' })),
  years: Type.Array(Type.Integer(), { description: 'Years with at least one holiday, newest first' }),
  items: Type.Array(PublicHolidayView),
});
export type PublicHolidayList = Static<typeof PublicHolidayList>;

export const PublicHolidayQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2999, description: 'A Gregorian year (2026, not 2569)' })) },
  { additionalProperties: false },
);
export type PublicHolidayQuery = Static<typeof PublicHolidayQuery>;

const Names = {
  nameTh: Type.String({ minLength: 1, maxLength: workingDayLimits.nameMax, description: 'The Thai name, as the Cabinet announces it' }),
  nameEn: Type.String({ minLength: 1, maxLength: workingDayLimits.nameMax }),
};

export const PublicHolidayBody = Type.Object(
  { day: Type.String({ pattern: DAY_PATTERN, description: 'YYYY-MM-DD, Gregorian (2026-04-13), Bangkok day' }), ...Names },
  { additionalProperties: false },
);
export type PublicHolidayBody = Static<typeof PublicHolidayBody>;

export const PublicHolidayNamesBody = Type.Object(Names, { additionalProperties: false });
export type PublicHolidayNamesBody = Static<typeof PublicHolidayNamesBody>;

export const PublicHolidayParams = Type.Object(
  { day: Type.String({ pattern: DAY_PATTERN, description: 'YYYY-MM-DD' }) },
  { additionalProperties: false },
);

/** The working-day figures of a service level. */
export const WorkingDayFigures = Type.Object(
  {
    acknowledgeWorkingDays: Type.Integer({ minimum: 1, maximum: workingDayLimits.acknowledgeMax }),
    resolveWorkingDays: Type.Integer({
      minimum: 1,
      maximum: workingDayLimits.resolveMax,
      description: 'The answer is due at the end of this working day',
    }),
    longOverdueWorkingDays: Type.Integer({
      minimum: 2,
      maximum: workingDayLimits.longOverdueMax,
      description: 'Long overdue, and escalated to the parent unit; more than resolveWorkingDays',
    }),
    escalateEveryWorkingDays: Type.Integer({ minimum: 1, maximum: workingDayLimits.escalateEveryMax }),
    maxEscalationLevels: Type.Integer({ minimum: 0, maximum: workingDayLimits.levelsMax }),
  },
  { additionalProperties: false },
);
export type WorkingDayFigures = Static<typeof WorkingDayFigures>;

export const AgencyServiceLevelView = Type.Object({
  unit: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }),
  /** The unit's own figures; null when it follows `inherited`. */
  own: Nullable(WorkingDayFigures),
  /** What applies without its own row: its nearest ancestor's, or the default of official-information requests. */
  inherited: Nullable(
    Type.Object({
      figures: WorkingDayFigures,
      from: Nullable(Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText }, { description: 'null: the default' })),
    }),
  ),
});
export type AgencyServiceLevelView = Static<typeof AgencyServiceLevelView>;

export const AgencyServiceLevelParams = Type.Object({ unitId: Uuid }, { additionalProperties: false });
