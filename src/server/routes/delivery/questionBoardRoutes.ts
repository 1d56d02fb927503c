import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listQuestions } from '../../../db/queries/questionBoardQuery.ts';
import { questionDeadlineStatus } from '../../../domain/delivery/questionDeadline.ts';
import { hasNationalReach } from '../../../domain/roles.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { localized } from '../../presenters/presentUnit.ts';
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
      const now = deps.clock.now();
      const rows = await listQuestions(deps.db, {
        scopePath: hasNationalReach(actor.role) ? undefined : actor.unitPath,
        limit: request.query.limit ?? 200,
      });
      return {
        items: rows.map((row) => {
          const answer = row.details['answer'] as { answeredOn?: string } | undefined;
          const deadline = String(row.details['answerDeadline'] ?? '');
          return {
            id: row.id,
            ref: row.ref,
            title: row.title,
            askingMember: String(row.details['askingMember'] ?? ''),
            answeringUnit: row.answering_unit_id
              ? {
                  id: row.answering_unit_id,
                  code: row.answering_unit_code!,
                  name: localized(row.answering_unit_name_th!, row.answering_unit_name_en),
                }
              : null,
            answerDeadline: deadline,
            ...questionDeadlineStatus(deadline, now, Boolean(answer)),
            answeredOn: answer?.answeredOn ?? null,
          };
        }),
      };
    },
  );
};
