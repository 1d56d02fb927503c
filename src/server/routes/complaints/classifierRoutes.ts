import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { readClassifierStatus, trainClassifierNow } from '../../../commands/complaints/readClassifierStatus.ts';
import { recategoriseComplaint } from '../../../commands/complaints/recategoriseComplaint.ts';
import {
  ClassifierStatusView,
  RecategoriseBody,
  RecategoriseResult,
  TrainClassifierBody,
  TrainResultView,
} from '../../../shared/api/classifierAdmin.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { expectedVersionOf, IfMatchHeaders } from '../../schemas/ifMatch.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };

/**
 * Learning from corrections (issue #14, item 2): staff correct a complaint's category, which the
 * suggester learns from; administrators read how it scores and train it now.
 */
export const classifierRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/complaints/:id/category',
    {
      schema: {
        tags: ['complaints'],
        summary: "Correct a complaint's category, with an optional reason (whoever may re-route it); the suggester learns from it",
        params: IdParams,
        headers: IfMatchHeaders,
        body: RecategoriseBody,
        response: { 200: RecategoriseResult, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return recategoriseComplaint({ ...deps, actor }, request.params.id, {
        ...request.body,
        expectedVersion: expectedVersionOf(request.headers),
      });
    },
  );

  app.get(
    '/api/classifier',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['classifier'],
        summary: 'The category suggester: the model in use, its accuracy on the held-out latest days, corrections waiting (administrators)',
        response: { 200: ClassifierStatusView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const status = await readClassifierStatus({ ...deps, actor });
      return {
        current: status.current && { ...status.current, trainedAt: status.current.trainedAt.toISOString() },
        lastAttempt: status.lastAttempt && { ...status.lastAttempt, trainedAt: status.lastAttempt.trainedAt.toISOString() },
        waitingExamples: status.waitingExamples,
        retrainAt: status.retrainAt,
        modelInThisProcess: status.modelInThisProcess,
      };
    },
  );

  app.post(
    '/api/classifier/train',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['classifier'],
        summary: 'Train the suggester now; the new model replaces the current one only if it scores better (administrators)',
        body: TrainClassifierBody,
        response: { 200: TrainResultView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await trainClassifierNow({ ...deps, actor });
      return {
        attemptId: result.modelId,
        outcome: result.outcome,
        installed: result.installed,
        heldOut: result.tested,
        top1: result.top1,
        top3: result.top3,
        currentTop1: result.currentTop1,
        currentTop3: result.currentTop3,
      };
    },
  );
};
