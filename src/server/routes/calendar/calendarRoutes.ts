import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  readAgencyServiceLevel,
  removeAgencyServiceLevel,
  setAgencyServiceLevel,
} from '../../../commands/calendar/manageAgencyServiceLevels.ts';
import { addHoliday, listHolidays, removeHoliday, renameHoliday } from '../../../commands/calendar/managePublicHolidays.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAgencyServiceLevel, presentPublicHoliday } from '../../presenters/presentCalendar.ts';
import { Ok, standardErrors } from '../../schemas/common.ts';
import {
  AgencyServiceLevelParams,
  AgencyServiceLevelView,
  PublicHolidayBody,
  PublicHolidayList,
  PublicHolidayNamesBody,
  PublicHolidayParams,
  PublicHolidayQuery,
  PublicHolidayView,
  WorkingDayFigures,
} from './calendarSchema.ts';

const tags = ['working days'];

/**
 * The working-day calendar (issue 16): the public holidays working-day deadlines skip, and each agency's
 * service level for official-information requests. Administrators only (`canManageWorkingCalendar`);
 * each change is in the administration trail. Deadlines are computed when read and swept, so a change
 * counts from the next read and sweep on.
 */
export const calendarRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/public-holidays',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'The public holidays of a year, or all (administrators)',
        querystring: PublicHolidayQuery,
        response: { 200: PublicHolidayList, ...standardErrors },
      },
    },
    async (request) => {
      const listed = await listHolidays({ ...deps, actor: requireActor(request) }, { year: request.query.year ?? null });
      return { year: listed.year, years: listed.years, items: listed.items.map(presentPublicHoliday) };
    },
  );

  app.post(
    '/api/public-holidays',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Add a public holiday (administrators); 409 conflict when the day is one already',
        body: PublicHolidayBody,
        response: { 201: PublicHolidayView, ...standardErrors },
      },
    },
    async (request, reply) => {
      const row = await addHoliday({ ...deps, actor: requireActor(request) }, request.body);
      reply.status(201);
      return presentPublicHoliday(row);
    },
  );

  app.put(
    '/api/public-holidays/:day',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Change a public holiday's names (administrators)",
        params: PublicHolidayParams,
        body: PublicHolidayNamesBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await renameHoliday({ ...deps, actor: requireActor(request) }, request.params.day, request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/public-holidays/:day',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Remove a public holiday (administrators)',
        params: PublicHolidayParams,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await removeHoliday({ ...deps, actor: requireActor(request) }, request.params.day);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/info-request-service-levels/:unitId',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "An agency's service level for official-information requests, in working days (administrators)",
        params: AgencyServiceLevelParams,
        response: { 200: AgencyServiceLevelView, ...standardErrors },
      },
    },
    async (request) =>
      presentAgencyServiceLevel(await readAgencyServiceLevel({ ...deps, actor: requireActor(request) }, request.params.unitId)),
  );

  app.put(
    '/api/info-request-service-levels/:unitId',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Set an agency's own service level for official-information requests (administrators)",
        params: AgencyServiceLevelParams,
        body: WorkingDayFigures,
        response: { 200: AgencyServiceLevelView, ...standardErrors },
      },
    },
    async (request) => {
      const ctx = { ...deps, actor: requireActor(request) };
      await setAgencyServiceLevel(ctx, request.params.unitId, request.body);
      return presentAgencyServiceLevel(await readAgencyServiceLevel(ctx, request.params.unitId));
    },
  );

  app.delete(
    '/api/info-request-service-levels/:unitId',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Remove an agency's own service level: it follows its parent's or the default again (administrators)",
        params: AgencyServiceLevelParams,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await removeAgencyServiceLevel({ ...deps, actor: requireActor(request) }, request.params.unitId);
      return { ok: true as const };
    },
  );
};
