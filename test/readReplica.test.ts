import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { exportOpenData } from '../src/commands/opendata/exportOpenData.ts';
import { openPostgres } from '../src/db/postgresDatabase.ts';
import { prepareDatabase } from '../src/db/prepareDatabase.ts';
import { openReadReplica, type ReadReplica } from '../src/db/readReplica.ts';
import { ManualClock, systemClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { READ_AFTER_COOKIE, READ_AFTER_HEADER } from '../src/server/plugins/readReplica.ts';
import { createStaff } from './support/factories.ts';
import { startReplicaCluster, type ReplicaCluster } from './support/replicaCluster.ts';
import { sessionFor, signIn, testChannels, type TestClient } from './support/testApp.ts';

/**
 * Issue #15, item 4: a real streaming replica (our own primary and `pg_basebackup -R` replica on
 * free ports, test/support/replicaCluster.ts) under the app. Which side answered is told by pausing
 * the replica's replay: a write is then on the primary only.
 */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('read replica (PostgreSQL streaming replica)', () => {
  let cluster: ReplicaCluster;
  let primary: Database;
  let replica: ReadReplica;
  let app: FastifyInstance;
  let writer: TestClient;
  const logged: string[] = [];
  let caseId = '';
  let position = '';

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    primary = openPostgres(cluster.primaryUrl, { poolSize: 4 });
    await prepareDatabase(primary, { clock: systemClock });
    replica = openReadReplica(cluster.replicaUrl, primary, { poolSize: 4, log: (line) => logged.push(line) });
    app = await buildApp({ db: primary, readReplica: replica, clock: new ManualClock(new Date()), channels: testChannels });
    writer = await signIn(app, await createStaff(primary, { role: 'delivery_unit', unitCode: 'PMDU' }));
    // The open-data files, so their downloads are streamed from the replica too.
    await exportOpenData({ db: primary, clock: systemClock });
    await cluster.waitForReplay();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await replica?.close();
    await primary?.close();
    await cluster?.close();
  }, 30_000);

  const listed = async (client: TestClient, headers: Record<string, string> = {}) => {
    const response = await client.request('GET', '/api/cases?kind=directive', undefined, headers);
    expect(response.status).toBe(200);
    return new Map((response.body.items as { id: string; title: string }[]).map((item) => [item.id, item.title]));
  };
  const withoutPosition = (client: TestClient) => {
    const cookies = { ...client.cookies };
    delete cookies[READ_AFTER_COOKIE];
    return new (client.constructor as typeof TestClient)(client.app, client.staff, cookies, client.csrfToken);
  };

  it('serves the list from the replica, and the writer its own write from the primary while the replica lags', async () => {
    await cluster.pauseReplay();
    const created = await writer.post('/api/cases', {
      kind: 'directive',
      title: 'เรื่องที่เพิ่งเขียน ก่อนสำเนาตามทัน',
      assignments: [{ targets: { unitCodes: ['PH-50'] } }],
    });
    expect(created.status).toBe(201);
    caseId = created.body.case.id;
    position = String(created.headers[READ_AFTER_HEADER]);
    expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const setCookie = String(created.headers['set-cookie']);
    expect(setCookie).toContain(`${READ_AFTER_COOKIE}=${position}`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    writer.cookies[READ_AFTER_COOKIE] = position;

    // The browser that wrote (its cookie) and an API client sending the position back read the write.
    expect((await listed(writer)).has(caseId)).toBe(true);
    const apiClient = withoutPosition(writer);
    expect((await listed(apiClient, { [READ_AFTER_HEADER]: position })).has(caseId)).toBe(true);
    // Without a position the read goes to the paused replica, which has not replayed the write.
    expect((await listed(apiClient)).has(caseId)).toBe(false);
    const colleague = await sessionFor(app, primary, await createStaff(primary, { role: 'delivery_unit', unitCode: 'PMDU' }));
    expect((await listed(colleague)).has(caseId)).toBe(false);
    // A malformed position is no position: the replica answers, never a 4xx or 500.
    expect((await listed(apiClient, { [READ_AFTER_HEADER]: 'not-a-position' })).has(caseId)).toBe(false);
  });

  it('serves the writer from the replica again once the replica has replayed past its write', async () => {
    await cluster.resumeReplay();
    await cluster.waitForReplay();
    await cluster.pauseReplay();
    // A change made on the primary only, after the writer's position: the replica still shows the old title.
    await primary.query(`update cases set title = 'ชื่อที่แก้บนต้นฉบับเท่านั้น' where id = $1`, [caseId]);
    expect((await listed(writer)).get(caseId)).toBe('เรื่องที่เพิ่งเขียน ก่อนสำเนาตามทัน');
    await cluster.resumeReplay();
    await cluster.waitForReplay();
    expect((await listed(writer)).get(caseId)).toBe('ชื่อที่แก้บนต้นฉบับเท่านั้น');
  });

  it('answers every routed read on a hot standby (none of them writes)', async () => {
    const anonymous = withoutPosition(writer);
    for (const url of [
      '/api/inbox',
      '/api/statistics/complaints',
      '/api/statistics/league?level=province',
      '/api/delivery/picture',
      '/api/delivery/zones/1',
      '/api/complaint-clusters',
      '/api/reports/complaints/monthly.xlsx?month=2026-11',
      '/api/reports/annual.xlsx?fiscalYear=2570',
      '/portal',
      '/portal/zones/1',
      '/portal/provinces/50',
      '/portal/policies',
      '/portal/data',
      '/catalog.jsonld',
      '/api/3/action/package_list',
      '/opendata/complaint-statistics/complaint_statistics.dictionary.csv',
    ]) {
      let response = await anonymous.request('GET', url);
      // A current open-data file redirects to its own address, streamed in chunks.
      if (response.status === 302) response = await anonymous.request('GET', String(response.headers.location));
      expect(response.status, `${url}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(200);
    }
    expect(logged).toEqual([]);
  });

  it('without DATABASE_READ_URL reads from the primary and adds no read-after position (as on PGlite)', async () => {
    const plain = await buildApp({ db: primary, clock: new ManualClock(new Date()), channels: testChannels });
    try {
      const client = await sessionFor(plain, primary, await createStaff(primary, { role: 'delivery_unit', unitCode: 'PMDU' }));
      const created = await client.post('/api/cases', { kind: 'directive', title: 'เรื่องบนฐานข้อมูลเดียว' });
      expect(created.status).toBe(201);
      expect(created.headers[READ_AFTER_HEADER]).toBeUndefined();
      expect(String(created.headers['set-cookie'] ?? '')).not.toContain(READ_AFTER_COOKIE);
      expect((await listed(client, { [READ_AFTER_HEADER]: '0/0' })).has(created.body.case.id)).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('reads from the primary when the replica is down, and logs it once', async () => {
    await cluster.stopReplica();
    expect((await listed(writer)).get(caseId)).toBe('ชื่อที่แก้บนต้นฉบับเท่านั้น');
    expect((await listed(withoutPosition(writer))).get(caseId)).toBe('ชื่อที่แก้บนต้นฉบับเท่านั้น');
    expect((await withoutPosition(writer).get('/portal')).status).toBe(200);
    expect(logged.filter((line) => line.startsWith('read replica unavailable'))).toHaveLength(1);
  });
});
