import { describe, expect, it } from 'vitest';
import type { ExecuteRequest } from '../../src/api/types.ts';
import { DriverApiError } from '../../src/http/api-error.ts';
import { deploymentIdOf, isFacadePackage, readFacadeDocument } from '../../src/lifecycle/facade/document.ts';

const prop = (value: unknown) => ({ type: 'string', value });
const request = (resourceName: string, resourceId: string): ExecuteRequest => ({
  lifecycleName: 'Create',
  driverFiles: '',
  systemProperties: { resourceName: prop(resourceName), resourceId: prop(resourceId) },
  resourceProperties: { flavor: prop('m1.small'), other: prop('x') },
  requestProperties: {},
  associatedTopology: {},
  deploymentLocation: { name: 'l', type: 'Openstack', properties: {} },
});
const files = (text: string, extra: Record<string, string> = {}) =>
  new Map(Object.entries({ 'stratus.yaml': text, ...extra }).map(([k, v]) => [k, Buffer.from(v)]));

describe('no-Heat packages', () => {
  it('a package is no-Heat only with stratus.yaml and no heat.yaml or tosca.yaml', () => {
    expect(isFacadePackage(files('x'))).toBe(true);
    expect(isFacadePackage(files('x', { 'heat.yaml': 'y' }))).toBe(false);
    expect(isFacadePackage(files('x', { 'tosca.yaml': 'y' }))).toBe(false);
    expect(isFacadePackage(new Map())).toBe(false);
  });

  it('the deployment id is the cleaned name plus a hash of the resource id: stable, valid, distinct', () => {
    const id = deploymentIdOf(request('My Web_Server.01', '6b7c…uuid'));
    expect(id).toMatch(/^my-web-server-01-[0-9a-f]{12}$/);
    expect(deploymentIdOf(request('My Web_Server.01', '6b7c…uuid'))).toBe(id);
    expect(deploymentIdOf(request('My Web_Server.01', 'other'))).not.toBe(id);
    expect(deploymentIdOf(request('-'.repeat(60), 'a'))).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
  });

  it('declared parameters take the request properties by name; the deployment id is the driver’s', () => {
    const doc = readFacadeDocument(
      files(
        'deployment: ignored\nparameters: {flavor: {default: m1.tiny}}\nresources: {net: {kind: network}}',
      ),
      request('web', 'r1'),
      'web-123',
    );
    expect(doc.deployment).toBe('web-123');
    expect(doc.parameters).toEqual({ flavor: 'm1.small' });
  });

  it('an invalid document is a 400 naming the path', () => {
    const bad = () => readFacadeDocument(files('resources: {vm: {kind: servr}}'), request('w', 'r'), 'w-1');
    expect(bad).toThrow(DriverApiError);
    expect(bad).toThrow(/stratus\.yaml: .*resources\.vm\.kind/);
    expect(() => readFacadeDocument(files('- a list'), request('w', 'r'), 'w-1')).toThrow(
      /expected a mapping/,
    );
  });
});
