import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readNationalPicture } from '../../../commands/reports/readNationalPicture.ts';
import { readZonePicture } from '../../../commands/reports/readZonePicture.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentNationalPicture, presentZonePicture } from '../../presenters/presentNationalPicture.ts';
import { standardErrors } from '../../schemas/common.ts';
import { NationalPicture, ZoneParams, ZonePicture } from './pictureSchema.ts';

const tags = ['delivery picture'];

/** The national delivery picture and one inspection zone's provinces (national read scope). */
export const pictureRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/delivery/picture',
    {
      schema: {
        tags,
        summary:
          'Every live directive, policy and cabinet resolution: reach, RAG, confidence, help, indicators against trajectory, overdue; by ministry and inspection zone',
        response: { 200: NationalPicture, ...standardErrors },
      },
    },
    async (request) => presentNationalPicture(await readNationalPicture({ ...deps, db: request.readDb, actor: requireActor(request) })),
  );

  app.get(
    '/api/delivery/zones/:number',
    {
      schema: {
        tags,
        summary: "One inspection zone's provinces with the live directives reaching each: reach, overdue, worst RAG (0 is central Bangkok)",
        params: ZoneParams,
        response: { 200: ZonePicture, ...standardErrors },
      },
    },
    async (request) =>
      presentZonePicture(
        await readZonePicture({ ...deps, db: request.readDb, actor: requireActor(request) }, { number: request.params.number }),
      ),
  );
};
