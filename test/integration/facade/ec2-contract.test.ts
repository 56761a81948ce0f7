// The facade's CPI contract against the EC2 driver through the real transport, replaying moto's recorded answers
// (test/fixtures/ec2/facade/, written by test/live/ec2/facade-contract.test.ts): every scenario must make exactly
// the recorded requests (in order, except a document's concurrent lookups) and nothing more.
import { readdirSync, readFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ec2NodeDriver } from '../../../src/drivers/ec2/driver.ts';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import { type ContractFixture, type Exchange, SCENARIOS } from '../../helpers/ec2-contract.ts';

const ENDPOINT = 'https://ec2.replay.example.com';
const DIR = 'test/fixtures/ec2/facade';
const fixtures: ContractFixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as ContractFixture);

let driver: Ec2NodeDriver;
let facade: Facade;

beforeEach(() => {
  nock.disableNetConnect();
  driver = new Ec2NodeDriver({
    credentials: { accessKeyId: 'AKIAREPLAY', secretAccessKey: 'replay-secret' },
    region: 'us-east-1',
    endpoint: ENDPOINT,
    transport: { retry: false },
  });
  facade = createFacade(driver, { timeoutMs: 5_000, pollIntervalMs: 1, maxPollIntervalMs: 1 });
});

afterEach(async () => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  await driver.close();
  expect(pending).toEqual([]);
});

/** Does a sent form body ask for exactly the recorded action and parameters? */
function sameRequest(exchange: Exchange) {
  return (body: Record<string, unknown>): boolean => {
    const { Action, Version: _v, ...params } = body;
    return (
      Action === exchange.action && JSON.stringify(sorted(params)) === JSON.stringify(sorted(exchange.params))
    );
  };
}

const sorted = (o: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe('facade CPI contract (EC2, recorded moto answers replayed with nock)', () => {
  it('has a fixture for every scenario', () => {
    expect(fixtures.map((f) => f.scenario).sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  it('holds no signature, credential header or secret field in any fixture', () => {
    const text = readdirSync(DIR)
      .map((f) => readFileSync(`${DIR}/${f}`, 'utf8'))
      .join('\n');
    for (const leak of [
      'Signature=',
      'AWS4-HMAC-SHA256',
      'X-Amz-Security-Token',
      'SecretAccessKey',
      'keyMaterial',
    ])
      expect(text).not.toContain(leak);
  });

  it("offers the direct engine but not the stack engine, which writes Heat's HOT (CloudFormation cannot run it)", () => {
    expect(facade.engine('direct').name).toBe('direct');
    expect(() => facade.engine('stack')).toThrow(/HOT templates/);
    expect(driver.stacks.templateFormat).toBe('cloudformation');
  });

  it.each(fixtures.map((f) => [f.scenario, f] as const))('%s', async (name, fixture) => {
    const sent: string[] = [];
    for (const exchange of fixture.exchanges) {
      nock(ENDPOINT)
        .post('/', sameRequest(exchange))
        .reply(() => {
          sent.push(exchange.action);
          return [exchange.status, exchange.body, { 'content-type': 'text/xml' }];
        });
    }
    const scenario = SCENARIOS[name];
    if (scenario === undefined) throw new Error(`no scenario ${name}`);
    await scenario(facade, driver, fixture.inputs, { actions: () => sent });
    const recorded = fixture.exchanges.map((e) => e.action);
    // A document's plan looks up its kinds concurrently: the same requests, not always in the same order.
    if (name === 'document') expect([...sent].sort()).toEqual([...recorded].sort());
    else expect(sent).toEqual(recorded);
  });
});
