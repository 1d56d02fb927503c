import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { buildMeasurementTemplate } from '../../../commands/reports/buildMeasurementTemplate.ts';
import { createFollowUpDirective } from '../../../commands/reports/createFollowUpDirective.ts';
import { defineIndicator, setCaseReportCycle } from '../../../commands/reports/defineIndicator.ts';
import { fileProgressReport } from '../../../commands/reports/fileProgressReport.ts';
import { importMeasurements } from '../../../commands/reports/importMeasurements.ts';
import { readDeliveryOverview } from '../../../commands/reports/readDeliveryOverview.ts';
import { readDeliveryPicture } from '../../../commands/reports/readDeliveryPicture.ts';
import { readStocktake } from '../../../commands/reports/readStocktake.ts';
import { recordDecision } from '../../../commands/reports/recordDecision.ts';
import { recordMeasurement } from '../../../commands/reports/recordMeasurement.ts';
import { endOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentDeliveryPicture, presentIndicator, presentOverviewItem } from '../../presenters/presentDelivery.ts';
import { EventCreated, IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { printStocktakePdf } from '../../stocktake/printStocktakePdf.ts';
import { renderStocktakeHtml } from '../../stocktake/renderStocktakeHtml.ts';
import { stocktakeXlsx } from '../../stocktake/stocktakeXlsx.ts';
import { readOneFile } from '../attachments/attachmentRoutes.ts';
import {
  DecisionBody,
  DecisionCreated,
  DeliveryPictureView,
  FollowUpBody,
  FollowUpCreated,
  ImportResult,
  IndicatorBody,
  IndicatorView,
  MeasurementBody,
  OverviewView,
  ProgressReportBody,
  ReportCreated,
  ReportCycleBody,
  StocktakeQuery,
  TemplateQuery,
} from './reportSchema.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['delivery reports'];

/** Progress reports, outcome indicators and measurements, bulk import, the overview and stocktakes. */
export const reportRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/assignments/:id/reports',
    {
      schema: {
        tags,
        summary: "File my unit's progress report for a cycle: five questions, RAG, confidence, blockers, help needed, evidence",
        params: IdParams,
        body: ProgressReportBody,
        response: { 201: ReportCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const result = await fileProgressReport({ ...deps, actor }, request.params.id, {
        period: body.period ?? null,
        aim: body.aim.trim(),
        approach: body.approach.trim(),
        workingEvidence: body.workingEvidence.trim(),
        changes: body.changes.trim(),
        centreHelp: body.centreHelp.trim(),
        rag: body.rag,
        confidence: body.confidence,
        blockers: body.blockers?.trim() ?? '',
        helpNeeded: body.helpNeeded,
        attachmentIds: body.attachmentIds ?? [],
      });
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/api/assignments/:id/measurements',
    {
      schema: {
        tags,
        summary: "Report my unit's value of an indicator for a period, with evidence files",
        params: IdParams,
        body: MeasurementBody,
        response: { 201: EventCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const result = await recordMeasurement({ ...deps, actor }, request.params.id, {
        indicatorId: body.indicatorId,
        period: body.period,
        value: body.value,
        note: body.note?.trim() || null,
        attachmentIds: body.attachmentIds ?? [],
      });
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/api/cases/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Define an outcome indicator with its trajectory (the owner side of the case)',
        params: IdParams,
        body: IndicatorBody,
        response: { 201: IndicatorView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const indicator = await defineIndicator({ ...deps, actor }, request.params.id, {
        nameTh: body.nameTh.trim(),
        nameEn: body.nameEn?.trim() || null,
        unitOfMeasure: body.unitOfMeasure.trim(),
        direction: body.direction,
        kind: body.kind,
        baseline: body.baseline,
        target: body.target,
        targetDate: body.targetDate ?? null,
        aggregation: body.aggregation,
        trajectory: body.trajectory,
      });
      reply.status(201);
      return presentIndicator(indicator);
    },
  );

  app.patch(
    '/api/cases/:id/report-cycle',
    {
      schema: {
        tags,
        summary: 'Set how often units report on this case (months; monthly by default)',
        params: IdParams,
        body: ReportCycleBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setCaseReportCycle({ ...deps, actor }, request.params.id, request.body.cycleMonths);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/cases/:id/delivery',
    {
      schema: {
        tags,
        summary: 'Where delivery stands on a case: units (stale or not), latest reports, indicators with roll-ups, decisions',
        params: IdParams,
        response: { 200: DeliveryPictureView, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentDeliveryPicture(await readDeliveryPicture({ ...deps, actor }, request.params.id));
    },
  );

  app.get(
    '/api/delivery/overview',
    {
      schema: {
        tags,
        summary: "The delivery unit's overview of priorities: RAG, confidence, reach, stale units, help needed (national roles)",
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: OverviewView, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await readDeliveryOverview({ ...deps, actor }, { limit: request.query.limit ?? 200 });
      return { items: items.map(presentOverviewItem) };
    },
  );

  app.get(
    '/api/cases/:id/measurement-template',
    {
      schema: {
        tags,
        summary: 'Download the bulk-update template (CSV or XLSX): one row per assigned unit I may report for × indicator, for a period',
        params: IdParams,
        querystring: TemplateQuery,
        response: { 200: Type.String({ format: 'binary' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await buildMeasurementTemplate(
        { ...deps, actor },
        { caseId: request.params.id, period: request.query.period ?? null, format: request.query.format ?? 'csv' },
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  );

  app.post(
    '/api/cases/:id/measurement-imports',
    {
      schema: {
        tags,
        summary: 'Import a filled template (multipart, field "file"): all rows are stored, or none and every bad row is named',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ImportResult, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { filename, data } = await readOneFile(request);
      const result = await importMeasurements({ ...deps, actor }, request.params.id, { filename, data });
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/api/cases/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision taken at a stocktake (the owner side)',
        params: IdParams,
        body: DecisionBody,
        response: { 201: DecisionCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await recordDecision({ ...deps, actor }, request.params.id, { text: request.body.text.trim() });
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/api/decisions/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Turn a stocktake decision into a follow-up directive to the units named, linked to the decision',
        params: IdParams,
        body: FollowUpBody,
        response: { 201: FollowUpCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const created = await createFollowUpDirective({ ...deps, actor }, request.params.id, {
        title: body.title.trim(),
        body: body.body?.trim() ?? '',
        unitCodes: body.unitCodes,
        dueAt: body.dueDate ? endOfThaiDay(body.dueDate) : null,
      });
      reply.status(201);
      return created;
    },
  );

  app.get(
    '/api/stocktake',
    {
      schema: {
        tags,
        summary:
          'The stocktake pack for policies or an integrated group, one page per policy: PDF (Chromium, Sarabun, Buddhist-era dates) or XLSX',
        querystring: StocktakeQuery,
        response: { 200: Type.String({ format: 'binary' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { caseIds, groupId } = request.query;
      const pack = await readStocktake({ ...deps, actor }, { caseIds: caseIds?.split(','), groupId });
      const now = pack.asOf;
      const stamp = now.toISOString().slice(0, 10);
      reply.header('cache-control', 'private, no-store');
      if (request.query.format === 'xlsx') {
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="stocktake-${stamp}.xlsx"`)
          .send(await stocktakeXlsx(pack.pages, now));
      }
      const pdf = await printStocktakePdf(renderStocktakeHtml(pack, now));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="stocktake-${stamp}.pdf"`)
        .send(pdf);
    },
  );
};
