import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { buildBudgetTemplate } from '../../../commands/budget/buildBudgetTemplate.ts';
import { importBudget } from '../../../commands/budget/importBudget.ts';
import { readCaseBudget } from '../../../commands/budget/readCaseBudget.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCaseBudget } from '../../presenters/presentBudget.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { readOneFile } from '../attachments/attachmentRoutes.ts';
import { BudgetImportQuery, BudgetImportResult, BudgetTemplateQuery, CaseBudgetView } from './budgetSchema.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['budget'];

/** A case's budget beside its results: read it, download its template, import a filled one. */
export const budgetRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/cases/:id/budget',
    {
      schema: {
        tags,
        summary: 'The budget of a directive, policy or cabinet resolution per fiscal year: lines, totals, cost per person helped',
        params: IdParams,
        response: { 200: CaseBudgetView, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentCaseBudget(await readCaseBudget({ ...deps, actor }, request.params.id));
    },
  );

  app.get(
    '/api/cases/:id/budget/template',
    {
      schema: {
        tags,
        summary: 'Download the budget template (CSV or XLSX) for a fiscal year, prefilled with its lines or the assigned units',
        params: IdParams,
        querystring: BudgetTemplateQuery,
        response: { 200: Type.String({ format: 'binary' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await buildBudgetTemplate(
        { ...deps, actor },
        { caseId: request.params.id, fiscalYear: request.query.fiscalYear ?? null, format: request.query.format ?? 'csv' },
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  );

  app.post(
    '/api/cases/:id/budget/import',
    {
      schema: {
        tags,
        summary:
          'Replace a fiscal year\'s budget lines with a CSV or XLSX file (multipart, field "file"): all rows, or none and the bad rows by number',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: BudgetImportQuery,
        response: { 201: BudgetImportResult, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { filename, data } = await readOneFile(request);
      const result = await importBudget({ ...deps, actor }, request.params.id, { fiscalYear: request.query.fiscalYear, filename, data });
      reply.status(201);
      return result;
    },
  );
};
