import type { OutputOf, ParsedInputOf, systemContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';

type Ping = typeof systemContract;

export async function ping(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Ping, 'ping'>,
): Promise<OutputOf<Ping, 'ping'>> {
  return {
    pong: true,
    echo: input.echo ?? null,
    serverTime: deps.clock.now().toISOString(),
    caller: caller.kind === 'system' ? 'anonymous' : caller.kind,
  };
}
