import { describe, expect, it } from 'vitest';
import { FIXTURES_ROOT, fixturePath, loadFixture } from '../../helpers/fixtures.ts';

describe('fixture loader', () => {
  it('maps a name to test/fixtures/openstack/<service>/<resource>/<operation>[.variant].json', () => {
    expect(fixturePath('compute/servers/list')).toBe(`${FIXTURES_ROOT}/compute/servers/list.json`);
    expect(
      fixturePath({ service: 'block-storage', resource: 'volumes', operation: 'get', variant: 'error' }),
    ).toBe(`${FIXTURES_ROOT}/block-storage/volumes/get.error.json`);
  });

  it('rejects names that are not <service>/<resource>/<operation>', () => {
    expect(() => fixturePath('compute/list')).toThrow(/must look like/);
    expect(() => fixturePath('compute/Servers/list')).toThrow(/kebab-case/);
    expect(() => fixturePath('compute/servers/../list')).toThrow(/must look like|kebab-case/);
  });

  it('names the missing file and what exists beside it', () => {
    expect(() => loadFixture('no-such-service/things/list')).toThrow(/does not exist.*folder missing/);
  });
});
