import { describe, expect, it } from 'vitest';
import { multipleChoicesError } from '../../../../src/auth/keystone/multiple-choices.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

const url = 'https://k/v3/auth/tokens';

describe('multipleChoicesError', () => {
  it('lists the versions of the recorded Keystone root answer', () => {
    const error = multipleChoicesError(
      { status: 300, headers: {}, body: loadFixture('identity/tokens/multiple-choices'), url },
      url,
    );
    expect(error.message).toContain('It offers: v3.14 (stable) at http://127.0.0.1:5000/v3/');
  });

  it('reads the older `choices` and plain `versions` array shapes', () => {
    const choices = {
      choices: [{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: 'http://h/v2.0' }] }],
    };
    expect(multipleChoicesError({ status: 300, headers: {}, body: choices, url }, url).message).toContain(
      'v2.0 (CURRENT) at http://h/v2.0',
    );
    const versions = { versions: [{ id: 'v1.0' }, { id: 'v1.1', status: 'DEPRECATED' }] };
    expect(multipleChoicesError({ status: 300, headers: {}, body: versions, url }, url).message).toContain(
      'It offers: v1.0, v1.1 (DEPRECATED)',
    );
  });

  it('says when the body lists nothing (HTML or empty)', () => {
    const error = multipleChoicesError({ status: 300, headers: {}, body: '<html>choose</html>', url }, url);
    expect(error.message).toContain('It offers: no version list in the body');
  });
});
