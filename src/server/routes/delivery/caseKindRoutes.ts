import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { advanceBill } from '../../../commands/delivery/advanceBill.ts';
import { answerQuestion } from '../../../commands/delivery/answerQuestion.ts';
import { readReach } from '../../../commands/delivery/readReach.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentReach, ReachView } from '../../presenters/presentReach.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { AdvanceBillBody, AnswerQuestionBody, BillStageView } from './caseKindSchema.ts';

/** What directives, policies, parliamentary questions and bills add to a case: reach, answers, stages. */
export const caseKindRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/cases/:id/reach',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Acknowledgement reach: by level and by province grouping, who has not acknowledged, and how long it took',
        params: IdParams,
        response: { 200: ReachView, ...standardErrors },
      },
    },
    async (request) => presentReach(await readReach({ ...deps, actor: requireActor(request) }, request.params.id)),
  );

  app.post(
    '/api/cases/:id/answer',
    {
      schema: {
        tags: ['delivery'],
        summary: "Record the answer to a parliamentary question (case owner or the answering ministry's coordinators)",
        params: IdParams,
        body: AnswerQuestionBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await answerQuestion({ ...deps, actor: requireActor(request) }, request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/cases/:id/bill-stage',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Move a draft bill to its next stage, from drafting to the Royal Gazette (case owner)',
        params: IdParams,
        body: AdvanceBillBody,
        response: { 200: BillStageView, ...standardErrors },
      },
    },
    async (request) =>
      advanceBill({ ...deps, actor: requireActor(request) }, request.params.id, { ...request.body, note: request.body.note ?? null }),
  );
};
