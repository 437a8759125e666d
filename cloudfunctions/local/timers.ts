import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { Logger } from '../core/ports/logger';
import type { LoadedFunction } from './bundles';
import { toCronerPattern } from './cron';

/** CloudBase fires timers in UTC+8 whatever the server's zone; so does the local cloud. */
const CLOUDBASE_TIMEZONE = 'Asia/Shanghai';

export interface TimerInfo {
  fn: string;
  name: string;
  /** As declared in config.json (seven fields). */
  cron: string;
  /** ISO time of the next tick; null when stopped or when timers are off. */
  next: string | null;
  running: boolean;
}

export interface Timers {
  list(): TimerInfo[];
  /** True unless a scheduled timer has stopped unexpectedly. */
  isHealthy(): boolean;
  /** Runs one timer now, out of schedule (still never overlapping itself); false when there is no such timer. */
  runNow(fn: string, name: string): Promise<boolean>;
  /** Stops scheduling and waits (up to `graceMs`) for runs in progress, so bundles are not disposed under them. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Schedules every bundle's timer triggers with croner. Each tick invokes the bundle's `main` with CloudBase's timer
 * event, and never overlaps itself (`protect`): a slow run skips ticks instead of piling up. All crons are checked
 * before any is scheduled, so one bad config.json stops the start, not a timer at 3 a.m.
 * With `enabled: false` they are listed but never fire.
 */
export function scheduleTimers(functions: readonly LoadedFunction[], log: Logger, enabled: boolean): Timers {
  const planned = functions.flatMap((fn) =>
    fn.triggers.map((trigger) => {
      let pattern: string;
      try {
        pattern = toCronerPattern(trigger.cron);
      } catch (error) {
        throw new Error(`${fn.name} timer ${trigger.name}: ${(error as Error).message}`);
      }
      if (fn.main.timers && !fn.main.timers.includes(trigger.name)) {
        log.log('warn', 'timer has no handler', { fn: fn.name, timer: trigger.name });
      }
      return { fn, trigger, pattern };
    }),
  );

  const inFlight = new Set<Promise<void>>();
  const jobs = planned.map(({ fn, trigger, pattern }) => {
    const run = async (): Promise<void> => {
      const envelope = await fn.main(
        { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString() },
        { request_id: randomUUID(), source: 'timer' },
      );
      if (!isOk(envelope)) log.log('warn', 'timer failed', { fn: fn.name, timer: trigger.name });
    };
    const tick = (): Promise<void> => {
      const running = run().finally(() => inFlight.delete(running));
      inFlight.add(running);
      return running;
    };
    const job = new Cron(
      pattern,
      {
        paused: !enabled,
        protect: (skipped) =>
          log.log('warn', 'timer still running, tick skipped', {
            fn: fn.name,
            timer: trigger.name,
            at: skipped.currentRun()?.toISOString(),
          }),
        timezone: CLOUDBASE_TIMEZONE,
        catch: (error) => log.log('error', 'timer threw', { fn: fn.name, timer: trigger.name, error: String(error) }),
      },
      tick,
    );
    return { fn: fn.name, trigger, job };
  });

  return {
    list: () =>
      jobs.map(({ fn, trigger, job }) => ({
        fn,
        name: trigger.name,
        cron: trigger.cron,
        next: enabled ? (job.nextRun()?.toISOString() ?? null) : null,
        running: job.isBusy(),
      })),
    isHealthy: () => jobs.every(({ job }) => !job.isStopped()),
    runNow: async (fn, name) => {
      const found = jobs.find((job) => job.fn === fn && job.trigger.name === name);
      if (!found || found.job.isStopped()) return false;
      await found.job.trigger();
      return true;
    },
    stop: async (graceMs = 10_000) => {
      for (const { job } of jobs) job.stop();
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timeout = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timeout);
    },
  };
}

function isOk(envelope: unknown): boolean {
  return typeof envelope === 'object' && envelope !== null && 'ok' in envelope && envelope.ok === true;
}
