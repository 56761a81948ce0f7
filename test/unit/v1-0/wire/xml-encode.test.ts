import { describe, expect, it } from 'vitest';
import { decodeXml } from '../../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { encodeXml, V10_XML_NAMESPACE } from '../../../../src/drivers/openstack/v1-0/wire/xml-encode.ts';

const NS = `xmlns="${V10_XML_NAMESPACE}"`;

describe('encodeXml', () => {
  it('writes scalars as attributes of the namespaced root', () => {
    expect(encodeXml({ reboot: { type: 'HARD' } })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><reboot ${NS} type="HARD"/>`,
    );
  });

  it('writes a null root as an empty element', () => {
    expect(encodeXml({ confirmResize: null })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><confirmResize ${NS}/>`,
    );
  });

  it('writes metadata as meta elements and personality as file elements, escaping text', () => {
    const xml = encodeXml({
      server: {
        name: 'a<b',
        imageId: 8,
        flavorId: 1,
        metadata: { role: 'web & "db"' },
        personality: [{ path: '/etc/motd', contents: 'aGk=' }],
        sharedIpGroupId: undefined,
      },
    });
    expect(xml).toContain('name="a&lt;b"');
    expect(xml).toContain('<meta key="role">web &amp; &quot;db&quot;</meta>');
    expect(xml).toContain('<personality><file path="/etc/motd">aGk=</file></personality>');
    expect(xml).not.toContain('sharedIpGroupId');
    expect(decodeXml(xml)).toMatchObject({ server: { name: 'a<b', metadata: { role: 'web & "db"' } } });
  });

  it('writes the first server of a shared IP group as a child element', () => {
    expect(encodeXml({ sharedIpGroup: { name: 'pool', server: 422 } })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sharedIpGroup ${NS} name="pool"><server id="422"/></sharedIpGroup>`,
    );
  });

  it('refuses bodies that are not one root key with a coded error', () => {
    expect(() => encodeXml({ a: {}, b: {} })).toThrow(expect.objectContaining({ code: 'ERR_XML_ENCODE' }));
    expect(() => encodeXml({ server: { nested: { deep: 1 } } })).toThrow(/server\.nested/);
    expect(() => encodeXml('text')).toThrow(/exactly one root key/);
  });
});

describe('encodeXml booleans', () => {
  it('writes true and false as attribute values, never as bare boolean attributes', () => {
    expect(encodeXml({ shareIp: { sharedIpGroupId: 1234, configureServer: true } })).toContain(
      'sharedIpGroupId="1234" configureServer="true"/>',
    );
    expect(encodeXml({ shareIp: { sharedIpGroupId: 1, configureServer: false } })).toContain(
      'configureServer="false"',
    );
  });
});
