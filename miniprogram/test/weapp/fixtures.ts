import type { CloudCall, CloudStub } from './weapp-harness';

export const PING_OK = {
  ok: true,
  data: { pong: true, echo: null, serverTime: '2026-11-22T05:00:00.000Z', caller: 'resident' },
};
export const VERSION_OK = {
  ok: true,
  data: { version: '0.1.0', runtime: 'cloudbase', store: 'cloudbase', builtAt: '2026-11-22T04:00:00.000Z' },
};

export const answerOk = async (call: CloudCall) => ({ result: call.data.action === 'ping' ? PING_OK : VERSION_OK });

export function pingCalls(cloud: CloudStub): CloudCall[] {
  return cloud.log.flatMap((entry) =>
    entry.kind === 'call' && entry.call.name === 'system' && entry.call.data.action === 'ping' ? [entry.call] : [],
  );
}
