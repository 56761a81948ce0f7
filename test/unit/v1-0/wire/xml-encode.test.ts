import { describe, expect, it } from 'vitest';
import { decodeV10Xml } from '../../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { encodeV10Xml, V10_XML_NAMESPACE } from '../../../../src/drivers/openstack/v1-0/wire/xml-encode.ts';

const NS = `xmlns="${V10_XML_NAMESPACE}"`;

describe('encodeV10Xml', () => {
  it('writes scalars as attributes of the namespaced root', () => {
    expect(encodeV10Xml({ reboot: { type: 'HARD' } })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><reboot ${NS} type="HARD"/>`,
    );
  });

  it('writes a null root as an empty element', () => {
    expect(encodeV10Xml({ confirmResize: null })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><confirmResize ${NS}/>`,
    );
  });

  it('writes metadata as meta elements and personality as file elements, escaping text', () => {
    const xml = encodeV10Xml({
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
    expect(decodeV10Xml(xml)).toMatchObject({ server: { name: 'a<b', metadata: { role: 'web & "db"' } } });
  });

  it('writes the first server of a shared IP group as a child element', () => {
    expect(encodeV10Xml({ sharedIpGroup: { name: 'pool', server: 422 } })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sharedIpGroup ${NS} name="pool"><server id="422"/></sharedIpGroup>`,
    );
  });

  it('refuses bodies that are not one root key with a coded error', () => {
    expect(() => encodeV10Xml({ a: {}, b: {} })).toThrow(expect.objectContaining({ code: 'ERR_XML_ENCODE' }));
    expect(() => encodeV10Xml({ server: { nested: { deep: 1 } } })).toThrow(/server\.nested/);
    expect(() => encodeV10Xml('text')).toThrow(/exactly one root key/);
  });
});

describe('encodeV10Xml booleans', () => {
  it('writes true and false as attribute values, never as bare boolean attributes', () => {
    expect(encodeV10Xml({ shareIp: { sharedIpGroupId: 1234, configureServer: true } })).toContain(
      'sharedIpGroupId="1234" configureServer="true"/>',
    );
    expect(encodeV10Xml({ shareIp: { sharedIpGroupId: 1, configureServer: false } })).toContain(
      'configureServer="false"',
    );
  });
});
