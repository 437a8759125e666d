import { systemContract } from '@linli/shared';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../core/use-cases/staff/collections';
import { type FunctionCloud, startFunctionCloud } from '../harness/function-cloud';
import { main } from './index';

let cloud: FunctionCloud<typeof systemContract>;
beforeAll(async () => {
  cloud = await startFunctionCloud('system-heartbeat', systemContract, main);
});
afterAll(() => cloud.tearDown());

const heartbeat = () =>
  main({ Type: 'Timer', TriggerName: 'heartbeat', Time: new Date().toISOString() }, { source: 'timer' });

test('the heartbeat sweeps expired staff sessions, revoked or not, and keeps live ones working', async () => {
  const live = await cloud.staff('wuye');
  const sessions = cloud.store.collection<StaffSessionDoc>(STAFF_SESSIONS);
  const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
  await sessions.insert({
    _id: 'old-1',
    staffId: 'staff-wuye',
    createdAt: ago(30),
    expiresAt: ago(18),
    revokedAt: null,
  });
  await sessions.insert({
    _id: 'old-2',
    staffId: 'staff-wuye',
    createdAt: ago(13),
    expiresAt: ago(1),
    revokedAt: ago(5),
  });
  const before = await sessions.count({});

  expect(await heartbeat()).toMatchObject({ ok: true, data: { purgedStaffSessions: 2 } });
  expect(await sessions.count({})).toBe(before - 2);
  expect(await sessions.get('old-1')).toBeNull();
  expect(await cloud.ok(live, 'ping', {})).toMatchObject({ pong: true, caller: 'staff' });
  expect(await heartbeat()).toMatchObject({ ok: true, data: { purgedStaffSessions: 0 } });
});
