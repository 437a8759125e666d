import { authorizationFor, nextNonceOf, parseDigestChallenges } from './digest-challenge';

function paramsOf(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[match[1] ?? ''] = match[2] ?? match[3] ?? '';
  }
  return params;
}

describe('parseDigestChallenges', () => {
  it('reads the RFC 7616 example offering SHA-256 then MD5, in the server order', () => {
    const challenges = parseDigestChallenges([
      'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, ' +
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
      'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, ' +
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
    ]);
    expect(challenges.map((c) => c.algorithm)).toEqual(['SHA-256', 'MD5']);
    expect(challenges[0]).toEqual({
      realm: 'http-auth@example.org',
      nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
      opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
      algorithm: 'SHA-256',
      qop: 'auth',
      stale: false,
    });
  });

  it('finds a Digest challenge after a Basic one in the same header, with escapes and stale=TRUE', () => {
    const [challenge, ...rest] = parseDigestChallenges([
      'Basic realm="legacy", Digest realm="DS-K1T \\"gate\\", east", nonce="abc", stale=TRUE, qop="auth"',
    ]);
    expect(rest).toEqual([]);
    expect(challenge).toMatchObject({ realm: 'DS-K1T "gate", east', nonce: 'abc', stale: true, opaque: null });
  });

  it('skips what it cannot answer: no nonce, auth-int only, unknown algorithm, other schemes', () => {
    expect(
      parseDigestChallenges([
        'Digest realm="a"',
        'Digest realm="a", nonce="n", qop="auth-int"',
        'Digest realm="a", nonce="n", algorithm=SHA-512-256',
        'Negotiate YIIB9wYGKwYBBQUCoIIB6z==',
      ]),
    ).toEqual([]);
  });
});

describe('authorizationFor', () => {
  it('matches the RFC 2617 §3.5 MD5 example', () => {
    const [challenge] = parseDigestChallenges([
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", ' +
        'opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    ]);
    if (!challenge) throw new Error('no challenge');
    const header = authorizationFor(challenge, {
      username: 'Mufasa',
      password: 'Circle Of Life',
      method: 'GET',
      uri: '/dir/index.html',
      nc: 1,
      cnonce: '0a4f113b',
    });
    expect(header.startsWith('Digest ')).toBe(true);
    expect(paramsOf(header)).toEqual({
      username: 'Mufasa',
      realm: 'testrealm@host.com',
      nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
      uri: '/dir/index.html',
      algorithm: 'MD5',
      response: '6629fae49393a05397450978507c4ef1',
      opaque: '5ccc069c403ebaf9f0171e9517f40e41',
      qop: 'auth',
      nc: '00000001',
      cnonce: '0a4f113b',
    });
  });

  it.each([
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
  ])('matches the RFC 7616 §3.9.1 %s example', (algorithm, response) => {
    const [challenge] = parseDigestChallenges([
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, ` +
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
    ]);
    if (!challenge) throw new Error('no challenge');
    const header = authorizationFor(challenge, {
      username: 'Mufasa',
      password: 'Circle of Life',
      method: 'GET',
      uri: '/dir/index.html',
      nc: 1,
      cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    });
    expect(paramsOf(header).response).toBe(response);
  });

  it('hashes the session key for MD5-sess and counts nc in hex', () => {
    const [challenge] = parseDigestChallenges(['Digest realm="r", nonce="n", qop=auth, algorithm=MD5-sess']);
    if (!challenge) throw new Error('no challenge');
    const answer = { username: 'u', password: 'p', method: 'PUT', uri: '/x?y=1', nc: 26, cnonce: 'c' };
    const sess = paramsOf(authorizationFor(challenge, answer));
    const plain = paramsOf(authorizationFor({ ...challenge, algorithm: 'MD5' }, answer));
    expect(sess.algorithm).toBe('MD5-sess');
    expect(sess.nc).toBe('0000001a');
    expect(sess.response).toMatch(/^[0-9a-f]{32}$/);
    expect(sess.response).not.toBe(plain.response);
  });

  it('answers an RFC 2069 challenge (no qop) without nc and cnonce', () => {
    const [challenge] = parseDigestChallenges(['Digest realm="r", nonce="n"']);
    if (!challenge) throw new Error('no challenge');
    const params = paramsOf(
      authorizationFor(challenge, { username: 'u', password: 'p', method: 'GET', uri: '/', nc: 1, cnonce: 'c' }),
    );
    expect(params.qop).toBeUndefined();
    expect(params.nc).toBeUndefined();
    expect(params.response).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('nextNonceOf', () => {
  it('reads nextnonce from Authentication-Info', () => {
    expect(nextNonceOf('qop=auth, rspauth="x", cnonce="c", nc=00000001, nextnonce="fresh"')).toBe('fresh');
    expect(nextNonceOf('qop=auth, rspauth="x"')).toBeNull();
    expect(nextNonceOf(undefined)).toBeNull();
  });
});
