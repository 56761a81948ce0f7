import { describe, expect, it } from 'vitest';
import { parseFault, requestIdOf } from '../../../src/transport/fault.ts';

describe('parseFault', () => {
  it.each([
    [
      'Nova',
      { itemNotFound: { message: 'Instance x could not be found.', code: 404 } },
      'Instance x could not be found.',
      'itemNotFound',
    ],
    [
      'Nova badRequest',
      { badRequest: { message: 'Invalid flavorRef provided.', code: 400 } },
      'Invalid flavorRef provided.',
      'badRequest',
    ],
    [
      'Cinder',
      { overLimit: { message: 'VolumeLimitExceeded', code: 413 } },
      'VolumeLimitExceeded',
      'overLimit',
    ],
    [
      'Neutron',
      { NeutronError: { type: 'PortNotFound', message: 'Port p could not be found.', detail: '' } },
      'Port p could not be found.',
      'PortNotFound',
    ],
    [
      'Neutron with detail',
      { NeutronError: { type: 'BadRequest', message: 'Bad request', detail: 'cidr overlaps' } },
      'Bad request: cidr overlaps',
      'BadRequest',
    ],
    [
      'Keystone',
      {
        error: {
          message: 'The request you have made requires authentication.',
          code: 401,
          title: 'Unauthorized',
        },
      },
      'The request you have made requires authentication.',
      'Unauthorized',
    ],
    [
      'Glance',
      { message: 'Image i not found', code: '404 Not Found', title: 'Not Found' },
      'Image i not found',
      'Not Found',
    ],
    [
      'Heat',
      {
        explanation: 'The server could not comply with the request since it is either malformed.',
        code: 400,
        error: { message: 'Property error: a', traceback: null, type: 'StackValidationFailed' },
        title: 'Bad Request',
      },
      'The server could not comply with the request since it is either malformed. Property error: a',
      'StackValidationFailed',
    ],
  ])('reads the %s shape', (_name, body, message, type) => {
    expect(parseFault(body)).toEqual({ message, type });
  });

  it('drops the inline HTML Glance puts in its JSON messages (recorded from Glance Zed)', () => {
    const body = {
      message: 'No image found with ID 00000000-0000-0000-0000-000000000000<br /><br />\n\n\n',
      code: '404 Not Found',
      title: 'Not Found',
    };
    expect(parseFault(body)).toEqual({
      message: 'No image found with ID 00000000-0000-0000-0000-000000000000',
      type: 'Not Found',
    });
  });

  it('reads plain text, flattened to one line', () => {
    expect(parseFault('  Service\n   temporarily   down \n')).toEqual({
      message: 'Service temporarily down',
    });
  });

  it('strips HTML: tags, scripts, styles and entities, keeping the title as the type', () => {
    const html =
      '<html><head><title>502 Proxy Error</title><style>b{}</style></head><body><script>x()</script>' +
      '<h1>Proxy Error</h1><p>The proxy received an invalid response &lt;from&gt; &quot;nova&quot; &#39;x&#x27;</p></body></html>';
    expect(parseFault(html)).toEqual({
      message: `Proxy Error The proxy received an invalid response <from> "nova" 'x'`,
      type: '502 Proxy Error',
    });
  });

  it('reads bytes as text and cuts long messages at 500 characters', () => {
    const fault = parseFault(new TextEncoder().encode('y'.repeat(2_000)));
    expect(fault?.message).toHaveLength(500);
    expect(fault?.message.endsWith('…')).toBe(true);
  });

  it('returns undefined when there is nothing useful', () => {
    expect(parseFault(undefined)).toBeUndefined();
    expect(parseFault('   ')).toBeUndefined();
    expect(parseFault({ servers: [] })).toBeUndefined();
    expect(parseFault({ a: 1, b: 2 })).toBeUndefined();
    expect(parseFault([1, 2])).toBeUndefined();
  });
});

describe('requestIdOf', () => {
  it('prefers x-openstack-request-id, then x-compute-request-id', () => {
    expect(requestIdOf({ 'x-openstack-request-id': 'req-a', 'x-compute-request-id': 'req-b' })).toBe('req-a');
    expect(requestIdOf({ 'x-compute-request-id': 'req-b' })).toBe('req-b');
    expect(requestIdOf({})).toBeUndefined();
  });
});
