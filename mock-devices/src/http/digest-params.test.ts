import { parseDigestParams, quoteParam } from './digest-params';

describe('parseDigestParams', () => {
  it('reads quoted values with commas and escapes, unquoted tokens, and any name case', () => {
    const params = parseDigestParams(
      `Digest Realm="Login to 8H0, gate", qop=auth, nc=00000001, ${quoteParam('cnonce', 'a"b\\c')}, algorithm=MD5`,
    );
    expect(params && Object.fromEntries(params)).toEqual({
      realm: 'Login to 8H0, gate',
      qop: 'auth',
      nc: '00000001',
      cnonce: 'a"b\\c',
      algorithm: 'MD5',
    });
  });

  it('refuses what is not a Digest header', () => {
    expect(parseDigestParams('Basic YWRtaW46MTIz')).toBeNull();
    expect(parseDigestParams('Digest')).toBeNull();
    expect(parseDigestParams('Digest realm="unterminated')).toBeNull();
    expect(parseDigestParams('Digest =x')).toBeNull();
  });
});
