import {
  type ActionName,
  type Contract,
  type Envelope,
  issueMessageZh,
  type OutputOf,
  type ParsedInputOf,
  ZCallEvent,
} from '@linli/shared';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { type Caller, SYSTEM } from '../ports/identity';
import { authorize } from './authorize';
import { type HookRequest, toHookRequest, ZHttpEvent } from './hook-event';
import { ZTimerEvent } from './timer-event';
import { toErrorBody, validationError } from './to-error-body';

export type Route<C extends Contract, K extends ActionName<C>> = (
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<C, K>,
) => Promise<OutputOf<C, K>>;

export type Routes<C extends Contract> = { [K in ActionName<C>]: Route<C, K> };

/** A timer's use case: runs as the platform, with no input. */
export type TimerRoute = (deps: Deps) => Promise<unknown>;

/** A webhook's use case (devices pushing events): it authenticates what it receives itself. */
export type HookRoute = (deps: Deps, request: HookRequest) => Promise<unknown>;

export interface HandlerOptions {
  /** Timer triggers by name, as declared in the function's config.json. */
  timers?: Record<string, TimerRoute>;
  /** Webhooks by name, reached through HTTP access at `…/hooks/<fn>/<name>` (POST only). */
  hooks?: Record<string, HookRoute>;
  /** Builds the dependencies; defaults to the composition root reading the environment. */
  deps: () => Promise<Deps>;
  /** Closes what `deps` opened (the store). */
  dispose: () => Promise<void>;
}

export interface Handler<C extends Contract = Contract> {
  (event: unknown, context?: unknown): Promise<Envelope<unknown>>;
  readonly contract: C;
  readonly timers: readonly string[];
  dispose(): Promise<void>;
}

/**
 * Builds a cloud function's `main(event, context)`: parse the event, resolve the caller, check the contract's
 * roles, validate input, run one use case, check its output, and answer in the one envelope. Logs one line a call.
 */
export function defineHandler<C extends Contract>(contract: C, routes: Routes<C>, options: HandlerOptions): Handler<C> {
  const timers = options.timers ?? {};
  const hooks = options.hooks ?? {};

  async function main(event: unknown, context?: unknown): Promise<Envelope<unknown>> {
    const started = performance.now();
    const requestId = requestIdOf(context);
    const line: Record<string, unknown> = { requestId, fn: contract.name };
    let deps: Deps | undefined;
    try {
      deps = await options.deps();
      const timer = ZTimerEvent.safeParse(event);
      if (timer.success && deps.identity.isPlatformInvocation(context)) {
        line.timer = timer.data.TriggerName;
        const run = Object.hasOwn(timers, timer.data.TriggerName) ? timers[timer.data.TriggerName] : undefined;
        if (!run) throw new AppError('FN.UNKNOWN_ACTION', { message: `未知的定时任务 ${timer.data.TriggerName}` });
        line.caller = SYSTEM.kind;
        return finish(deps, line, started, { ok: true, data: await run(deps) });
      }

      const http = ZHttpEvent.safeParse(event);
      if (http.success) {
        const { name, request } = toHookRequest(http.data);
        line.hook = name;
        const run = Object.hasOwn(hooks, name) && request.method === 'POST' ? hooks[name] : undefined;
        if (!run) throw new AppError('FN.UNKNOWN_ACTION');
        line.caller = 'device';
        return finish(deps, line, started, { ok: true, data: await run(deps, request) });
      }

      const call = ZCallEvent.safeParse(event);
      if (!call.success) throw new AppError('REQUEST.MALFORMED');
      const action = call.data.action;
      line.action = action;
      if (!Object.hasOwn(contract.actions, action)) throw new AppError('FN.UNKNOWN_ACTION');
      const name = action as ActionName<C>;
      const spec = contract.actions[name];
      const route = routes[name];
      if (!spec || !route) throw new AppError('FN.UNKNOWN_ACTION');

      const caller = await deps.identity.resolve({ token: call.data.token, context });
      line.caller = caller.kind;
      if (caller.id) line.callerId = caller.id;
      authorize(spec.roles, caller);

      // An omitted `data` means no arguments; an explicit null is a malformed input like any other.
      // Zod's own issues in Chinese (a schema's own message still wins): callers show them beside fields.
      const input = spec.input.safeParse(call.data.data === undefined ? {} : call.data.data, { error: issueMessageZh });
      if (!input.success) throw validationError(input.error);
      const output = spec.output.safeParse(await route(deps, caller, input.data as ParsedInputOf<C, typeof name>));
      if (!output.success) {
        throw new Error(`${contract.name}.${action} returned output outside its contract`, { cause: output.error });
      }
      return finish(deps, line, started, { ok: true, data: output.data });
    } catch (error) {
      const body = toErrorBody(error, requestId);
      line.code = body.code;
      if (body.code === 'INTERNAL' || body.code === 'UNAVAILABLE') line.error = describe(error);
      return finish(deps, line, started, { ok: false, error: body });
    }
  }

  return Object.assign(main, {
    contract,
    timers: Object.keys(timers),
    dispose: options.dispose,
  });
}

function finish(
  deps: Deps | undefined,
  line: Record<string, unknown>,
  started: number,
  envelope: Envelope<unknown>,
): Envelope<unknown> {
  const fields = { ...line, ok: envelope.ok, ms: Math.round((performance.now() - started) * 100) / 100 };
  const level = envelope.ok ? 'info' : line.error ? 'error' : 'warn';
  if (deps) deps.log.log(level, 'call', fields);
  else
    process.stderr.write(
      `${JSON.stringify({ ts: new Date().toISOString(), level: 'error', msg: 'call', ...fields })}\n`,
    );
  return envelope;
}

function requestIdOf(context: unknown): string {
  if (typeof context === 'object' && context !== null) {
    const ctx = context as { request_id?: unknown; requestId?: unknown };
    for (const candidate of [ctx.request_id, ctx.requestId]) {
      if (typeof candidate === 'string' && candidate.length > 0 && candidate.length <= 128) return candidate;
    }
  }
  return crypto.randomUUID();
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` <- ${describe(error.cause)}` : '';
  return `${error.name}: ${error.message}${cause}\n${error.stack ?? ''}`;
}
