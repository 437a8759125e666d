import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_DOOR_CONTROLLERS, deviceBaseUrl } from '@linli/mock-devices';
import { createSqliteStore } from '../cloudfunctions/core/adapters/store/sqlite-store';
import { signSession } from '../cloudfunctions/core/identity/session-token';
import type { DeviceEndpoint } from '../cloudfunctions/core/ports/door-vendor';
import {
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from '../cloudfunctions/core/use-cases/membership/collections';
import { readLocalConfig } from '../cloudfunctions/local/config';
import { readOrCreateSecrets } from '../cloudfunctions/local/data-dir';
import { startLocalCloud } from '../cloudfunctions/local/local-cloud';
import { tempDir } from '../cloudfunctions/local/testing/fixtures';
import { bundleFunctions } from '../cloudfunctions/scripts/bundle';
import type { DoorClientJob, DoorClientResult } from './door-client';

/**
 * One-tap opening end to end: CONCURRENCY residents tap 阳光花园 南门 at once, through the local cloud (HTTP →
 * gateway → door bundle → store → ISAPI with digest auth → mock Hikvision controller → access log), against the same
 * number of direct ISAPI opens on the same controller in the same run, both from a client in its own process
 * (door-client.ts). Then rounds with the controller offline, too
 * slow, and refusing credentials: every "opened" answer is checked against the controller's own event log, so a
 * false success cannot hide. Goal: p99 ≤ 50 ms and ≤ 3× direct; false "opened" = 0.
 * Usage: `npx tsx bench/door.ts [rounds=5] [concurrency=50]` (rounds ≤ 5: each resident may open 10 times a minute).
 */
const ROUNDS = Math.min(5, Number(process.argv[2] ?? 5));
const CONCURRENCY = Number(process.argv[3] ?? 50);
const GATE = DEMO_DOOR_CONTROLLERS.find((device) => device.id === 'dev-cpd-1-gate');
const DOOR_ID = 'dev-cpd-1-gate-1';
const ROOM = { roomId: 'cpd-1-b1-u1-101', unitId: 'cpd-1-b1-u1', buildingId: 'cpd-1-b1' };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  if (!GATE) throw new Error('the demo gate controller is missing');
  await bundleFunctions({ log: () => undefined });
  const root = tempDir('bench-door');
  const dataDir = path.join(root, 'data');
  const cloud = await startLocalCloud({
    config: { ...readLocalConfig({}), port: 0, dataDir, logLevel: 'silent', timers: false },
  });
  const control = (suffix = '') => `${cloud.mockDevices.url}/devices/${GATE.id}/_control${suffix}`;
  const deviceEvents = async () =>
    ((await (await fetch(control('/events'))).json()) as { events: unknown[] }).events.length;
  try {
    const tokens = await addBenchResidents(dataDir, CONCURRENCY);
    const openThroughCloud = async (token: string) => {
      const response = await fetch(`${cloud.url}/api/fn/door`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'open', data: { doorId: DOOR_ID }, token }),
      });
      return ((await response.json()) as { ok: boolean; error?: { code: string } }).error?.code ?? 'opened';
    };
    const device: DeviceEndpoint = {
      deviceId: GATE.id,
      vendor: 'hikvision',
      baseUrl: deviceBaseUrl(cloud.mockDevices.url, GATE.id),
      username: GATE.username,
      password: GATE.password,
    };

    const eventsBefore = await deviceEvents();
    const measured = await runClient({ cloudUrl: cloud.url, doorId: DOOR_ID, tokens, device, rounds: ROUNDS });
    const directOpens = measured.sequential.direct.length + measured.concurrent.direct.length + 1;
    const answeredOpened = measured.answers.opened ?? 0;
    const deviceOpened = (await deviceEvents()) - eventsBefore - directOpens;
    const sorted = (samples: number[]) => [...samples].sort((a, b) => a - b);
    const cloudMs = sorted(measured.concurrent.cloud);
    const directMs = sorted(measured.concurrent.direct);
    const sequential = { cloud: sorted(measured.sequential.cloud), direct: sorted(measured.sequential.direct) };

    const faults = [
      ['offline', { offline: true }],
      ['slow (3.5 s)', { delayMs: 3500 }],
      ['rejecting credentials', { rejectCredentials: true }],
      ['answering errors', { failWith: 'error' }],
    ] as const;
    const faultLines: string[] = [];
    let falseOpened = answeredOpened - deviceOpened;
    for (const [label, fault] of faults) {
      await fetch(control(), { method: 'POST', body: JSON.stringify(fault) });
      const before = await deviceEvents();
      // Residents who did not warm up, so every round stays within each one's rate limit.
      const answers = await Promise.all(tokens.slice(10, 20).map((token) => openThroughCloud(token)));
      await fetch(control('/reset'), { method: 'POST' });
      const opened = answers.filter((code) => code === 'opened').length;
      falseOpened += Math.max(0, opened - ((await deviceEvents()) - before));
      const codes = [...new Set(answers)].join(', ');
      faultLines.push(`  controller ${label.padEnd(22)} ${answers.length} taps → ${codes}; "opened" ${opened}`);
    }

    const p99 = percentile(cloudMs, 99);
    const ratio = p99 / percentile(directMs, 99);
    const lines = [
      `door bench: ${CONCURRENCY} concurrent opens × ${ROUNDS} rounds of 阳光花园 南门 (mock Hikvision, node ${process.version})`,
      `  through the local cloud  p50 ${percentile(cloudMs, 50).toFixed(2).padStart(6)} ms  p99 ${p99.toFixed(2).padStart(6)} ms  (${cloudMs.length} opens; all taps: ${answeredOpened} answered opened, ${deviceOpened} logged by the controller)`,
      `  direct ISAPI adapter     p50 ${percentile(directMs, 50).toFixed(2).padStart(6)} ms  p99 ${percentile(directMs, 99).toFixed(2).padStart(6)} ms  (${directMs.length} opens)`,
      `  ratio cloud/direct: p50 ${(percentile(cloudMs, 50) / percentile(directMs, 50)).toFixed(2)}x, p99 ${ratio.toFixed(2)}x (goal p99 <= 50 ms and <= 3x: ${p99 <= 50 && ratio <= 3 ? 'OK' : 'MISSED'})`,
      `  one at a time: cloud p50 ${percentile(sequential.cloud, 50).toFixed(2)} ms, direct p50 ${percentile(sequential.direct, 50).toFixed(2)} ms`,
      ...faultLines,
      `  false "opened" answers: ${falseOpened} (must be 0)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (falseOpened !== 0) process.exitCode = 1;
  } finally {
    await cloud.close();
    rmSync(root, { recursive: true, force: true });
  }
}

function runClient(job: DoorClientJob): Promise<DoorClientResult> {
  const child = fork(path.join(__dirname, 'door-client.ts'), { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { result: DoorClientResult } | { error: string }) =>
      'result' in message ? resolve(message.result) : reject(new Error(message.error)),
    );
    child.once('error', reject);
    child.send(job);
  });
}

/** Residents who may open the gate (approved in 1栋1单元101), written straight to the store, with dev sessions. */
async function addBenchResidents(dataDir: string, count: number): Promise<string[]> {
  const store = await createSqliteStore({ file: path.join(dataDir, 'linli.sqlite') });
  const { sessionSecret } = readOrCreateSecrets(dataDir);
  const now = new Date().toISOString();
  const tokens: string[] = [];
  try {
    for (let n = 1; n <= count; n += 1) {
      const openid = `bench-resident-${n}`;
      const residentId = `res-${openid}`;
      await store.collection<ResidentDoc>(RESIDENTS).insert({
        _id: residentId,
        openid,
        name: `住户${n}`,
        phone: `1380000${String(n).padStart(4, '0')}`,
        idCipher: null,
        idHash: null,
        idMasked: null,
        currentRoomId: ROOM.roomId,
        createdAt: now,
        updatedAt: now,
      });
      await store.collection<MembershipDoc>(MEMBERSHIPS).insert({
        _id: membershipIdOf(residentId, ROOM.roomId),
        residentId,
        openid,
        roomId: ROOM.roomId,
        roomLabel: '阳光花园 1栋 1单元 101',
        districtId: 'dst-1',
        streetId: 'str-1',
        communityId: 'com-1',
        compoundId: 'cpd-1',
        buildingId: ROOM.buildingId,
        unitId: ROOM.unitId,
        role: 'family',
        status: 'approved',
        applicant: { name: `住户${n}`, phone: '13800000000', idCipher: null, idMasked: null },
        reason: null,
        appliedAt: now,
        decidedAt: now,
        decidedBy: 'staff-wuye',
        invitedBy: null,
        history: [],
      });
      const exp = Math.floor(Date.now() / 1000) + 3600;
      tokens.push(
        signSession(
          { v: 1, kind: 'resident', sub: openid, roles: ['resident'], scope: null, dev: true, exp },
          sessionSecret,
        ),
      );
    }
  } finally {
    await store.close();
  }
  return tokens;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
