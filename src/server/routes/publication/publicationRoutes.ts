import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readCasePublication, setCasePublished } from '../../../commands/publication/publishCase.ts';
import { publishComplaintStory, withdrawComplaintStory } from '../../../commands/publication/publishComplaintStory.ts';
import { readComplaintStoryDraft } from '../../../commands/publication/readComplaintStoryDraft.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCasePublication, presentComplaintStoryDraft } from '../../presenters/presentPublication.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { CasePublication, ComplaintStoryBody, ComplaintStoryDraft } from './publicationSchema.ts';

/**
 * Staff choose what the public portal shows (issue #12): a policy or directive as a whole, and a
 * resolved complaint as a story written for the public. Each change appends a case event.
 */
export const publicationRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const caseSchema = (summary: string) => ({
    tags: ['publication'],
    summary,
    params: IdParams,
    response: { 200: CasePublication, ...standardErrors },
  });
  app.get('/api/cases/:id/publication', { schema: caseSchema('Whether the case is on the public portal') }, async (request) => {
    const actor = requireActor(request);
    return presentCasePublication(await readCasePublication({ ...deps, actor }, request.params.id));
  });
  app.put('/api/cases/:id/publication', { schema: caseSchema('Publish the case on the public portal') }, async (request) => {
    const actor = requireActor(request);
    await setCasePublished({ ...deps, actor }, request.params.id, true);
    return presentCasePublication(await readCasePublication({ ...deps, actor }, request.params.id));
  });
  app.delete('/api/cases/:id/publication', { schema: caseSchema('Withdraw the case from the public portal') }, async (request) => {
    const actor = requireActor(request);
    await setCasePublished({ ...deps, actor }, request.params.id, false);
    return presentCasePublication(await readCasePublication({ ...deps, actor }, request.params.id));
  });

  const storySchema = (summary: string) => ({
    tags: ['publication'],
    summary,
    params: IdParams,
    response: { 200: ComplaintStoryDraft, ...standardErrors },
  });
  app.get('/api/complaints/:id/story', { schema: storySchema("A complaint's public story, or a masked draft") }, async (request) => {
    const actor = requireActor(request);
    return presentComplaintStoryDraft(await readComplaintStoryDraft({ ...deps, actor }, request.params.id));
  });
  app.put(
    '/api/complaints/:id/story',
    { schema: { ...storySchema('Publish or change the story of a resolved complaint'), body: ComplaintStoryBody } },
    async (request) => {
      const actor = requireActor(request);
      await publishComplaintStory({ ...deps, actor }, request.params.id, request.body);
      return presentComplaintStoryDraft(await readComplaintStoryDraft({ ...deps, actor }, request.params.id));
    },
  );
  app.delete('/api/complaints/:id/story', { schema: storySchema("Withdraw a complaint's story from the portal") }, async (request) => {
    const actor = requireActor(request);
    await withdrawComplaintStory({ ...deps, actor }, request.params.id);
    return presentComplaintStoryDraft(await readComplaintStoryDraft({ ...deps, actor }, request.params.id));
  });
};
