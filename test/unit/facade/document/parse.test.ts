import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../src/facade/document/document-error.ts';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { PUBLIC_KEY, SAMPLE } from './fixtures.ts';

function failure(source: string | object, parameters = {}): DocumentError {
  try {
    parseDocument(source, { parameters });
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('parseDocument', () => {
  it('parses the sample: names, parameters, references, adopted resources, outputs', () => {
    const doc = parseDocument(SAMPLE, { parameters: { flavor: 'm1.nano' } });
    expect(doc.deployment).toBe('demo');
    expect(doc.reconcile).toBe(true);
    expect(doc.concurrency).toBe(2);
    expect(doc.parameters).toEqual({ image: 'cirros', flavor: 'm1.nano' });
    const web1 = doc.resources.find((r) => r.name === 'web1');
    expect(web1?.managed && web1.kind === 'server' ? web1.properties : undefined).toMatchObject({
      image: 'cirros',
      flavor: 'm1.nano',
      keyPair: { ref: 'key', attribute: undefined },
      networks: [{ ref: 'net', attribute: undefined }],
    });
    expect(web1?.cloudName).toBe('demo-web1');
    const adopted = doc.resources.find((r) => r.name === 'public');
    expect(adopted).toMatchObject({ managed: false, cloudName: 'public' });
    const sg = doc.resources.find((r) => r.name === 'sg');
    expect(sg?.managed && sg.kind === 'securityGroup' ? sg.properties.rules[0] : undefined).toEqual({
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      portMin: 22,
      portMax: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
    expect(doc.outputs.map((o) => o.name)).toEqual(['web1_ip', 'fip_address', 'net_id', 'note']);
    expect(Object.isFrozen(doc.resources)).toBe(true);
  });

  it('accepts JSON text and parsed objects alike', () => {
    const object = {
      deployment: 'd1',
      resources: { k: { kind: 'keyPair', properties: { publicKey: PUBLIC_KEY } } },
    };
    expect(parseDocument(JSON.stringify(object))).toEqual(parseDocument(object));
  });

  it.each([
    [{ deployment: 'Bad_Id', resources: { n: { kind: 'network' } } }, 'deployment'],
    [{ deployment: 'd', resources: { n: { kind: 'vm' } } }, 'resources.n.kind'],
    [{ deployment: 'd', resources: { n: { kind: 'network', propertes: {} } } }, 'resources.n.propertes'],
    [
      { deployment: 'd', resources: { s: { kind: 'subnet', properties: { network: 'x', cidr: 'ten' } } } },
      'resources.s.properties.cidr',
    ],
    [
      {
        deployment: 'd',
        resources: { s: { kind: 'subnet', properties: { network: { ref: 'nope' }, cidr: '10.0.0.0/24' } } },
      },
      'resources.s.properties.network',
    ],
    [
      { deployment: 'd', resources: { v: { kind: 'volume', properties: {} } } },
      'resources.v.properties.sizeGb',
    ],
    [
      {
        deployment: 'd',
        resources: {
          k: { kind: 'keyPair', properties: { publicKey: '-----BEGIN OPENSSH PRIVATE KEY-----' } },
        },
      },
      'resources.k.properties.publicKey',
    ],
    [{ deployment: 'd', resources: { n: { kind: 'network', managed: false } } }, 'resources.n'],
    [
      { deployment: 'd', resources: { n: { kind: 'network', managed: false, name: 'x', properties: {} } } },
      'resources.n.properties',
    ],
    [
      {
        deployment: 'd',
        resources: { n: { kind: 'network' } },
        outputs: { o: { value: { ref: 'n', attribute: 'cidr' } } },
      },
      'outputs.o.value.attribute',
    ],
    [
      {
        deployment: 'd',
        resources: { n: { kind: 'network', properties: { adminStateUp: { param: 'p' } } } },
      },
      'resources.n.properties.adminStateUp.param',
    ],
    [
      {
        deployment: 'd',
        resources: { sg: { kind: 'securityGroup', properties: { rules: [{ portMin: 80, portMax: 22 }] } } },
      },
      'resources.sg.properties.rules[0].portMax',
    ],
  ])('names the path of the problem: %j', (source, path) => {
    expect(failure(source).path).toBe(path);
  });

  it('names the cycle', () => {
    const error = failure({
      deployment: 'd',
      resources: { a: { kind: 'network', dependsOn: ['b'] }, b: { kind: 'network', dependsOn: ['a'] } },
    });
    expect(error.message).toMatch(/dependency cycle: (a -> b -> a|b -> a -> b)/);
  });

  it('rejects undeclared and mistyped parameters, and missing values', () => {
    const doc = {
      deployment: 'd',
      parameters: { n: { type: 'number' } },
      resources: { k: { kind: 'network' } },
    };
    expect(failure(doc).message).toContain('no value given');
    expect(failure(doc, { n: 'x' }).message).toContain('expected a number');
    expect(failure(doc, { n: 1, other: 2 }).path).toBe('parameters.other');
  });

  it('reports YAML syntax errors as document errors', () => {
    expect(failure('deployment: d\nresources: [\n').path).toBe('(document)');
  });
});
