import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../helpers/api-client.ts';
import { driverFilesFrom } from '../helpers/packages.ts';
import { startTestDriver, type TestDriver } from '../helpers/test-driver.ts';

let test: TestDriver;
beforeAll(async () => {
  test = await startTestDriver();
});
afterAll(async () => {
  await test.driver.stop();
});

const location = {
  name: 'nowhere',
  type: 'Openstack',
  properties: { os_auth_api: 'v3', os_auth_password: 'hunter2-secret' },
};
const body = (lifecycleName: string) => ({
  lifecycleName,
  driverFiles: driverFilesFrom({ 'heat.yaml': 'heat_template_version: 2016-10-14\n' }),
  systemProperties: { resourceId: { type: 'string', value: 'r' } },
  deploymentLocation: location,
});

function chunkedPost(path: string, payload: string): Promise<{ status: number; text: string }> {
  const url = new URL(`${test.url}${path}`);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', fail);
    for (let i = 0; i < payload.length; i += 7) req.write(payload.slice(i, i + 7));
    req.end();
  });
}

describe('HTTP API (no cloud needed)', () => {
  it('refuses another lifecycle with 400 naming the three supported ones, echoing tenantId', async () => {
    const r = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', body('Install'), {
      tenantId: 'ten-1',
    });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      localizedMessage: 'Openstack driver only supports Create, Adopt and Delete transitions, not Install',
      status: 400,
    });
    expect(r.headers.get('tenantid')).toBe('ten-1');
    expect(r.problem).toBeUndefined();
  });

  it('validates the body against the OpenAPI file: a missing required field is named', async () => {
    const { systemProperties: _, ...missing } = body('Create');
    const r = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', missing);
    expect(r.body).toEqual({
      localizedMessage: "'systemProperties' is a required field but was not found in the request data body",
      status: 400,
    });
  });

  it('reads a chunked body (no Content-Length)', async () => {
    const r = await chunkedPost('/api/driver/lifecycle/execute', JSON.stringify(body('Stop')));
    expect(r.status).toBe(400);
    expect(r.text).toContain('not Stop');
  });

  it('a location without os_api_url is a 400 naming the property; its password reaches no log line', async () => {
    const r = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', body('Create'), {
      'x-tracectx-TransactionId': 'tx-42',
    });
    expect(r.status).toBe(400);
    expect((r.body as { localizedMessage: string }).localizedMessage).toMatch(/needs 'os_api_url'/);
    const lines = test.logs.filter((l) => l.includes('tx-42'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ 'tracectx.transactionid': 'tx-42' });
    expect(test.logs.join('\n')).not.toContain('hunter2-secret');
  });

  it('a driverFiles value that is not a zip is a 400', async () => {
    const r = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', {
      ...body('Create'),
      driverFiles: 'aGVsbG8=',
    });
    expect(r.body).toEqual({
      localizedMessage: 'driverFiles is not a base64-encoded zip archive',
      status: 400,
    });
  });

  it('health is OK and valid; an unknown path is a 404 in the error format', async () => {
    const health = await callApi(test.url, 'management', '/health', 'get');
    expect([health.status, health.body, health.problem]).toEqual([
      200,
      { vitals: { app: { status: 'OK' } } },
      undefined,
    ]);
    const missing = await fetch(`${test.url}/api/driver/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      localizedMessage: 'No such operation: /api/driver/nothing',
      status: 404,
    });
  });

  it('find without discover.yaml is a 400', async () => {
    const r = await callApi(test.url, 'driver', '/references/find', 'post', {
      instanceName: 'x',
      driverFiles: driverFilesFrom({ 'tosca.yaml': 'x: 1' }),
      deploymentLocation: location,
    });
    expect(r.body).toEqual({
      localizedMessage: "Missing 'discover.yaml' or 'discover.yml' file",
      status: 400,
    });
    expect(r.problem).toBeUndefined();
  });
});
