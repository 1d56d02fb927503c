import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  createCategory,
  deleteRoutingRule,
  listCategoriesForAdmin,
  listRulesForAdmin,
  putRoutingRule,
  updateCategory,
} from '../../../commands/complaints/manageComplaintSettings.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCategory } from '../../presenters/presentComplaint.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { CategoryBody, CategoryList, CategoryParams, NewCategoryBody, RoutingRuleBody, RoutingRuleView } from './complaintSchema.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['complaint settings'];

/** Complaint categories (with their service levels) and routing rules: every staff member reads, administrators change. */
export const complaintSettingsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/complaint-categories',
    {
      schema: {
        tags,
        summary: 'Every category, inactive ones too, with its service level',
        response: { 200: CategoryList, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: (await listCategoriesForAdmin(deps.db)).map(presentCategory) };
    },
  );

  app.post(
    '/api/complaint-categories',
    {
      config: { apiToken: 'admin' },
      schema: { tags, summary: 'Add a category (administrators)', body: NewCategoryBody, response: { 201: Ok, ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { code, ...rest } = request.body;
      await createCategory({ ...deps, actor }, code, rest);
      reply.status(201);
      return { ok: true as const };
    },
  );

  app.patch(
    '/api/complaint-categories/:code',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Change a category's names, service level or whether it is offered (administrators)",
        params: CategoryParams,
        body: CategoryBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateCategory({ ...deps, actor }, request.params.code, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/complaint-routing-rules',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Routing rules by category and area (administrators)',
        response: { 200: Type.Object({ items: Type.Array(RoutingRuleView) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rules = await listRulesForAdmin({ ...deps, actor });
      return {
        items: rules.map((rule) => ({
          id: rule.id,
          categoryCode: rule.category_code,
          areaCode: rule.area_code,
          unit: { code: rule.unit_code, name: { th: rule.unit_name_th, en: rule.unit_name_en ?? rule.unit_name_th } },
        })),
      };
    },
  );

  app.post(
    '/api/complaint-routing-rules',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Add or replace the rule for a category and area (administrators)',
        body: RoutingRuleBody,
        response: { 200: Type.Object({ id: Type.String() }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return putRoutingRule({ ...deps, actor }, request.body);
    },
  );

  app.delete(
    '/api/complaint-routing-rules/:id',
    {
      config: { apiToken: 'admin' },
      schema: { tags, summary: 'Remove a routing rule (administrators)', params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      await deleteRoutingRule({ ...deps, actor }, request.params.id);
      return { ok: true as const };
    },
  );
};
