import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listParliamentaryQuestions } from '../../../commands/delivery/listParliamentaryQuestions.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentQuestion } from '../../presenters/presentQuestion.ts';
import { QuestionList } from '../../../shared/api/delivery.ts';
import { standardErrors } from '../../schemas/common.ts';

/** The parliamentary questions board: every open question with its answering ministry and how long is left. */
export const questionBoardRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/parliamentary-questions',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Parliamentary questions the viewer may read, soonest answer deadline first, with days left or overdue',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: QuestionList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { rows, asOf } = await listParliamentaryQuestions({ ...deps, actor }, { limit: request.query.limit ?? 200 });
      return { items: rows.map((row) => presentQuestion(row, asOf)) };
    },
  );
};
