import type { CloudCall, CloudStub } from './weapp-harness';

export const PING_OK = {
  ok: true,
  data: { pong: true, echo: null, serverTime: '2026-11-22T05:00:00.000Z', caller: 'resident' },
};
export const VERSION_OK = {
  ok: true,
  data: { version: '0.1.0', runtime: 'cloudbase', store: 'cloudbase', builtAt: '2026-11-22T04:00:00.000Z' },
};

/** A resident as `auth.me` sees one: an approved current room (owner) and an application still under review. */
export const ME_WITH_ROOMS = {
  ok: true,
  data: {
    kind: 'resident',
    name: '张伟',
    currentRoomId: 'cpd-1-b1-u1-101',
    memberships: [
      {
        _id: 'm-101',
        roomId: 'cpd-1-b1-u1-101',
        roomLabel: '阳光花园 1栋 1单元 101',
        compoundId: 'cpd-1',
        role: 'owner',
        status: 'approved',
        reason: null,
        appliedAt: '2026-11-20T02:00:00.000Z',
        decidedAt: '2026-11-20T03:00:00.000Z',
        isCurrent: true,
      },
      {
        _id: 'm-302',
        roomId: 'cpd-1-b2-u1-302',
        roomLabel: '阳光花园 2栋 1单元 302',
        compoundId: 'cpd-1',
        role: 'tenant',
        status: 'pending',
        reason: null,
        appliedAt: '2026-11-21T02:00:00.000Z',
        decidedAt: null,
        isCurrent: false,
      },
    ],
  },
};

export const ME_NO_ROOMS = { ok: true, data: { kind: 'resident', name: null, currentRoomId: null, memberships: [] } };

const UNKNOWN = { ok: false, error: { code: 'FN.UNKNOWN_ACTION', message: '不支持的操作', requestId: 'test' } };

/** Answers `wx.cloud.callFunction` by `<function>.<action>`, in the envelope the cloud functions return. */
export function answerFrom(envelopes: Record<string, unknown>) {
  return async (call: CloudCall) => ({ result: envelopes[`${call.name}.${call.data.action}`] ?? UNKNOWN });
}

export const answerOk = answerFrom({ 'system.ping': PING_OK, 'system.version': VERSION_OK, 'auth.me': ME_NO_ROOMS });

export function callsTo(cloud: CloudStub, route: string): CloudCall[] {
  return cloud.log.flatMap((entry) =>
    entry.kind === 'call' && `${entry.call.name}.${entry.call.data.action}` === route ? [entry.call] : [],
  );
}

export function pingCalls(cloud: CloudStub): CloudCall[] {
  return callsTo(cloud, 'system.ping');
}
