import { matchPath } from './match-path';

test('static patterns match exactly, ignoring trailing slashes', () => {
  expect(matchPath('/', '/')).toEqual({});
  expect(matchPath('/approvals', '/approvals/')).toEqual({});
  expect(matchPath('/approvals', '/')).toBeNull();
  expect(matchPath('/', '/approvals')).toBeNull();
  expect(matchPath('/approvals', '/approvals/42')).toBeNull();
});

test('params are captured and decoded', () => {
  expect(matchPath('/places/:id/people/:personId', '/places/b-1/people/%E5%BC%A0')).toEqual({
    id: 'b-1',
    personId: '张',
  });
});

test('malformed escapes do not match instead of throwing', () => {
  expect(matchPath('/places/:id', '/places/%E0%A4%A')).toBeNull();
});
