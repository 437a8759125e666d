import type { ActionName, Contract, contracts, InputOf, OutputOf } from './contracts';
import { type ErrorBody, envelopeOf } from './envelope';
import { ERRORS, type ErrorCode } from './errors';

/**
 * Sends one event to one function and returns whatever came back (the envelope, unparsed). Each client supplies
 * its own: `Taro.cloud.callFunction` in WeChat, HTTP to the local cloud in the browsers.
 */
export type Transport = (fn: string, event: { action: string; data: unknown; token?: string }) => Promise<unknown>;

/** A failed call, carrying the envelope's error so the UI can show its Chinese message. */
export class CallError extends Error {
  readonly code: ErrorCode;
  readonly requestId: string;
  readonly issues: ErrorBody['issues'];

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'CallError';
    this.code = body.code;
    this.requestId = body.requestId;
    this.issues = body.issues;
  }
}

/** The functions a client may call, by name: all of them, or the few one part of an app needs. */
export type Registry = { readonly [fn: string]: Contract };

export interface ClientOptions<R extends Registry> {
  transport: Transport;
  /** The current session token, if any (staff, visitor, dev resident). */
  token?: () => string | null | undefined;
  /**
   * The contracts this client calls: every function's for the console, the resident's for the mini-program, so the
   * schemas of functions an app never calls are not in its bundle.
   */
  contracts: R;
}

export type Call<R extends Registry = typeof contracts> = <
  F extends Extract<keyof R, string>,
  A extends ActionName<R[F]>,
>(
  fn: F,
  action: A,
  input: InputOf<R[F], A>,
) => Promise<OutputOf<R[F], A>>;

/**
 * The one typed `call(fn, action, input)`. The response is validated against the contract's output schema, so a
 * client never renders data the server did not promise; transport failures become UNAVAILABLE.
 */
export function createClient<R extends Registry>(options: ClientOptions<R>): Call<R> {
  const registry: Registry = options.contracts;
  return async (fn, action, input) => {
    // Not Object.hasOwn (older WeChat engines lack it); own keys only, so `constructor` is no function.
    const contract = Object.keys(registry).includes(fn) ? registry[fn] : undefined;
    const spec = contract?.actions[action];
    if (!spec) throw localError('FN.UNKNOWN_ACTION');
    const token = options.token?.() ?? undefined;
    let raw: unknown;
    try {
      raw = await options.transport(fn, token ? { action, data: input, token } : { action, data: input });
    } catch {
      throw localError('UNAVAILABLE');
    }
    const envelope = envelopeOf(spec.output).safeParse(raw);
    if (!envelope.success) throw localError('INTERNAL');
    if (!envelope.data.ok) throw new CallError(envelope.data.error);
    return envelope.data.data as OutputOf<R[typeof fn], typeof action>;
  };
}

function localError(code: ErrorCode): CallError {
  return new CallError({ code, message: ERRORS[code].message, requestId: 'local' });
}
