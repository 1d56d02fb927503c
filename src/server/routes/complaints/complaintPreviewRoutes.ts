import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { previewComplaintRouting, type RoutingPreview } from '../../../commands/complaints/previewComplaintRouting.ts';
import { AppError } from '../../../domain/errors.ts';
import { canTakeComplaints } from '../../../domain/policies/complaintPolicy.ts';
import { RoutingPreviewBody, RoutingPreviewView } from '../../../shared/api/complaintPreview.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { localized } from '../../presenters/presentUnit.ts';
import { standardErrors } from '../../schemas/common.ts';

function presentPreview(preview: RoutingPreview) {
  const named = (c: RoutingPreview['category']) => ({ code: c.code, name: { th: c.nameTh, en: c.nameEn } });
  return {
    suggestions: preview.suggestions.map((s) => ({ ...named(s), confidence: Math.round(s.confidence * 100) / 100 })),
    category: named(preview.category),
    unit: { code: preview.unit.code, name: localized(preview.unit.nameTh, preview.unit.nameEn) },
    routedBy: preview.routedBy,
  };
}

/**
 * "Where would this complaint go?" before saving: the public form (where the
 * citizen left the category to us) and the operator console show the
 * suggested categories and the unit, from intake's own decision.
 */
export const complaintPreviewRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const perMinute = deps.publicComplaintsPerMinute ?? 20;

  app.post(
    '/api/public/complaints/preview',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Suggested categories and the unit a complaint would go to, before filing',
        security: [],
        body: RoutingPreviewBody,
        response: {
          200: RoutingPreviewView,
          400: Type.Ref('ErrorResponse'),
          422: Type.Ref('ErrorResponse'),
          429: Type.Ref('ErrorResponse'),
        },
      },
      // The form asks again as the text and the area change (debounced), like the duplicate check.
      config: { rateLimit: { max: perMinute * 3, timeWindow: '1 minute' } },
    },
    async (request) => presentPreview(await previewComplaintRouting(deps, request.body)),
  );

  app.post(
    '/api/complaints/preview',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Suggested categories and the unit a complaint being taken would go to, before saving (operators)',
        body: RoutingPreviewBody,
        response: { 200: RoutingPreviewView, ...standardErrors, 422: Type.Ref('ErrorResponse') },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canTakeComplaints(actor)) throw new AppError('forbidden');
      return presentPreview(await previewComplaintRouting(deps, request.body));
    },
  );
};
