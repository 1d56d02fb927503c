import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  createSynonymGroup,
  deleteSynonymGroup,
  listSynonymGroups,
  updateSynonymGroup,
} from '../../../commands/search/manageSearchSynonyms.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentSearchSynonym } from '../../presenters/presentSearchSynonym.ts';
import { Ok, standardErrors } from '../../schemas/common.ts';
import { SearchSynonymBody, SearchSynonymList, SearchSynonymParams } from './searchSynonymSchema.ts';

const tags = ['search synonyms'];

/**
 * Search synonym groups (issue #14, item 5): administrators list, add, change and remove the words
 * a search treats as one. The search reads the table on each search, so a change holds in every
 * process from the next search on; each change is in the administration trail.
 */
export const searchSynonymRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/search-synonyms',
    {
      config: { apiToken: 'admin' },
      schema: { tags, summary: 'Every synonym group (administrators)', response: { 200: SearchSynonymList, ...standardErrors } },
    },
    async (request) => ({ items: (await listSynonymGroups({ ...deps, actor: requireActor(request) })).map(presentSearchSynonym) }),
  );

  app.post(
    '/api/search-synonyms',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Add a synonym group (administrators); 409 synonym_term_taken names the group that holds a term already',
        body: SearchSynonymBody,
        response: { 201: Type.Object({ id: Type.Integer() }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const made = await createSynonymGroup({ ...deps, actor: requireActor(request) }, request.body);
      reply.status(201);
      return made;
    },
  );

  app.put(
    '/api/search-synonyms/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Replace a synonym group's terms and note (administrators)",
        params: SearchSynonymParams,
        body: SearchSynonymBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await updateSynonymGroup({ ...deps, actor: requireActor(request) }, Number(request.params.id), request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/search-synonyms/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Remove a synonym group (administrators)',
        params: SearchSynonymParams,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await deleteSynonymGroup({ ...deps, actor: requireActor(request) }, Number(request.params.id));
      return { ok: true as const };
    },
  );
};
