import type { DoorControllerCore } from '../door-controller/controller-core';
import type { DoorEvent } from '../door-controller/door-event';
import { buildMultipart } from '../http/multipart';
import { accessControllerAlert, type DeviceIdentity } from './access-controller-event';
import { type HttpHost, pushTargetOf } from './http-hosts';

interface Delivery {
  event: DoorEvent;
  target: string;
  attempt: number;
}

export interface PushStats {
  delivered: number;
  failed: number;
  /** Waiting for the device to come back online, or for a retry. */
  pending: number;
  lastError: string | null;
}

/**
 * Posts every door event to the configured listening hosts as `multipart/form-data` with an `event_log` part holding
 * the AccessControllerEvent JSON, like access controllers in "HTTP listening" mode. No authentication on the push
 * (what most deployments configure). A receiver that does not answer 2xx gets the same event again after each of
 * `pushRetryDelaysMs` (with `activePostCount` counting the posts); an offline device keeps its events and posts them
 * once it is back, as controllers re-upload offline events.
 */
export class EventPusher {
  private readonly waiting: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private stats = { delivered: 0, failed: 0, lastError: null as string | null };

  constructor(
    private readonly core: DoorControllerCore,
    private readonly hosts: () => readonly HttpHost[],
    private readonly device: DeviceIdentity,
  ) {
    core.onEvent((event) => {
      for (const host of this.hosts()) this.dispatch({ event, target: pushTargetOf(host), attempt: 1 });
    });
  }

  flush(): void {
    for (const delivery of this.waiting.splice(0)) this.dispatch(delivery);
  }

  snapshot(): PushStats {
    return { ...this.stats, pending: this.waiting.length + this.timers.size + this.inFlight };
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.waiting.length = 0;
  }

  private dispatch(delivery: Delivery): void {
    if (this.core.signal.aborted) return;
    if (this.core.faults.offline) {
      this.waiting.push(delivery);
      return;
    }
    this.inFlight += 1;
    this.post(delivery)
      .then(() => {
        this.stats.delivered += 1;
      })
      .catch((error: unknown) => this.retry(delivery, error))
      .finally(() => {
        this.inFlight -= 1;
      });
  }

  private async post({ event, target, attempt }: Delivery): Promise<void> {
    const alert = accessControllerAlert(event, this.device, attempt);
    const { contentType, body } = buildMultipart([
      { name: 'event_log', contentType: 'application/json', body: JSON.stringify(alert) },
    ]);
    const signal = AbortSignal.any([this.core.signal, AbortSignal.timeout(this.core.options.pushTimeoutMs)]);
    const response = await fetch(target, { method: 'POST', headers: { 'content-type': contentType }, body, signal });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`${target} answered HTTP ${response.status}`);
  }

  private retry(delivery: Delivery, error: unknown): void {
    if (this.core.signal.aborted) return;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    this.stats.lastError = cause instanceof Error ? cause.message : String(cause);
    const delay = this.core.options.pushRetryDelaysMs[delivery.attempt - 1];
    if (delay === undefined) {
      this.stats.failed += 1;
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.dispatch({ ...delivery, attempt: delivery.attempt + 1 });
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }
}
