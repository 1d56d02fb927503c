import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { readAnnualPerformanceReport } from '../../../commands/statistics/readAnnualPerformanceReport.ts';
import { readMonthlyComplaintReport } from '../../../commands/statistics/readMonthlyComplaintReport.ts';
import type { AppDeps } from '../../appDeps.ts';
import { annualReportXlsx } from '../../complaintReports/annualReportXlsx.ts';
import { monthlyReportXlsx } from '../../complaintReports/monthlyReportXlsx.ts';
import { pageFooter } from '../../complaintReports/reportHtml.ts';
import { renderAnnualReportHtml } from '../../complaintReports/renderAnnualReportHtml.ts';
import { renderMonthlyReportHtml } from '../../complaintReports/renderMonthlyReportHtml.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { closePrintBrowser, printHtmlToPdf, type PrintChart } from '../../printing/printHtmlToPdf.ts';
import { standardErrors } from '../../schemas/common.ts';
import { AnnualReportQuery, MonthlyReportQuery, ReportFormatParams, type ReportFormat } from './complaintReportSchema.ts';

const tags = ['statistics'];
const response = { 200: Type.String({ format: 'binary' }), ...standardErrors };
const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Sends a report file as a download that no shared cache keeps. */
function sendFile(reply: FastifyReply, format: ReportFormat, name: string, data: Buffer) {
  return reply
    .header('cache-control', 'private, no-store')
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(data);
}

const print = (document: { html: string; charts: PrintChart[] }) => printHtmlToPdf({ ...document, footer: pageFooter });

/**
 * The monthly complaint report and the annual government performance report, each as a PDF
 * printed by Chromium or as a workbook with the same figures. Staff only: the monthly report for
 * anyone signed in (its figures are public aggregates), the annual one for national roles (it
 * carries the whole government's delivery picture).
 */
export const complaintReportRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  // One Chromium serves a burst of prints; it goes with the app.
  app.addHook('onClose', closePrintBrowser);

  app.get(
    '/api/reports/complaints/monthly.:format',
    {
      schema: {
        tags,
        summary: 'The monthly complaint report (1111 style) of a month and a scope: PDF (Chromium, Sarabun, Buddhist era) or XLSX',
        params: ReportFormatParams,
        querystring: MonthlyReportQuery,
        response,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format } = request.params;
      const report = await readMonthlyComplaintReport({ ...deps, db: request.readDb, actor }, request.query);
      const name = `complaints-${report.statistics.scope.scope.replace(':', '-')}-${report.month}`;
      const data = format === 'xlsx' ? await monthlyReportXlsx(report) : await print(renderMonthlyReportHtml(report));
      return sendFile(reply, format, name, data);
    },
  );

  app.get(
    '/api/reports/annual.:format',
    {
      schema: {
        tags,
        summary: 'The annual government performance report of a fiscal year (national roles): PDF or XLSX',
        params: ReportFormatParams,
        querystring: AnnualReportQuery,
        response,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format } = request.params;
      const report = await readAnnualPerformanceReport({ ...deps, db: request.readDb, actor }, request.query);
      const name = `performance-${report.fiscalYear}`;
      const data = format === 'xlsx' ? await annualReportXlsx(report) : await print(renderAnnualReportHtml(report));
      return sendFile(reply, format, name, data);
    },
  );
};
