import type { MockDevices } from '@linli/mock-devices';
import type { FastifyInstance } from 'fastify';
import type { DocumentStore } from '../core/ports/document-store';
import type { LoadedFunction } from './bundles';
import { readSeed } from './seed';
import type { StaticStatus } from './static-sites';
import type { Timers } from './timers';

export interface HealthSources {
  store: DocumentStore;
  functions: readonly LoadedFunction[];
  timers: Timers;
  mockDevices: MockDevices;
  staticSites: StaticStatus;
  dataDir: string;
  isClosing(): boolean;
}

/**
 * `GET /api/health`: 200 only when every part answers (the store reads, mock-devices responds, timers are scheduled,
 * functions are loaded); 503 with the list of problems otherwise. What the e2e runner and a person waiting for
 * `npm start` poll.
 */
export function registerHealth(app: FastifyInstance, sources: HealthSources): void {
  app.get('/api/health', async (_request, reply) => {
    const problems: string[] = [];
    if (sources.isClosing()) problems.push('shutting down');
    let seed: Awaited<ReturnType<typeof readSeed>> = null;
    try {
      seed = await readSeed(sources.store);
    } catch (error) {
      problems.push(`store: ${(error as Error).message}`);
    }
    if (sources.functions.length === 0) problems.push('functions: none loaded');
    if (!sources.timers.isHealthy()) problems.push('timers: a timer has stopped');
    const devices = await probeMockDevices(sources.mockDevices.url);
    if (!devices.ok) problems.push(`mock-devices: ${devices.problem}`);

    return reply.code(problems.length === 0 ? 200 : 503).send({
      ok: problems.length === 0,
      ...(problems.length > 0 && { problems }),
      store: sources.store.kind,
      data: { dir: sources.dataDir, seededAt: seed?.at ?? null, seedVersion: seed?.version ?? null },
      functions: sources.functions.map((fn) => fn.name),
      timers: sources.timers.list(),
      mockDevices: { url: sources.mockDevices.url, devices: sources.mockDevices.devices },
      static: sources.staticSites,
    });
  });
}

async function probeMockDevices(url: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok ? { ok: true } : { ok: false, problem: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}
