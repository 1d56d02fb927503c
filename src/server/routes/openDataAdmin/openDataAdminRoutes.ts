import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  changeOpenDataSettings,
  listOpenDatasetStates,
  readOpenDataSettings,
  setOpenDatasetPublication,
} from '../../../commands/opendata/manageOpenData.ts';
import { OPEN_DATA_LICENCES } from '../../../domain/opendata/openDataCatalogue.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { Ok, standardErrors } from '../../schemas/common.ts';
import {
  OpenDatasetList,
  OpenDatasetParams,
  OpenDatasetPublicationBody,
  OpenDataSettingsBody,
  OpenDataSettingsView,
} from './openDataAdminSchema.ts';

const tags = ['open data administration'];
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The publisher's settings and which datasets are public (administrators; every change in the audit trail). */
export const openDataAdminRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/open-data/settings',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'The licence, publisher and contact of every dataset (administrators)',
        response: { 200: OpenDataSettingsView, ...standardErrors },
      },
    },
    async (request) => {
      const { settings, updatedAt } = await readOpenDataSettings({ ...deps, actor: requireActor(request) });
      const licences = Object.entries(OPEN_DATA_LICENCES).map(([id, licence]) => ({ id, title: licence.title, url: licence.url }));
      return { settings, licences, updatedAt: iso(updatedAt) };
    },
  );

  app.put(
    '/api/open-data/settings',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Set the licence, publisher and contact of every dataset (administrators)',
        body: OpenDataSettingsBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await changeOpenDataSettings({ ...deps, actor: requireActor(request) }, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/open-data/datasets',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Every dataset, published or not, with its last export (administrators)',
        response: { 200: OpenDatasetList, ...standardErrors },
      },
    },
    async (request) => {
      const states = await listOpenDatasetStates({ ...deps, actor: requireActor(request) });
      return {
        items: states.map((state) => ({ ...state, firstPublishedAt: iso(state.firstPublishedAt), modifiedAt: iso(state.modifiedAt) })),
      };
    },
  );

  app.put(
    '/api/open-data/datasets/:name/publication',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: 'Publish or withdraw a dataset (administrators)',
        params: OpenDatasetParams,
        body: OpenDatasetPublicationBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await setOpenDatasetPublication({ ...deps, actor: requireActor(request) }, request.params.name, request.body.published);
      return { ok: true as const };
    },
  );
};
