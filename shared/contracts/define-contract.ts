import type { z } from 'zod';
import type { Role } from '../roles';

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** One line on what the action does, for logs and the generated docs. */
  summary: string;
  input: I;
  output: O;
  /** Roles allowed to call it; everyone else gets AUTH.FORBIDDEN (or AUTH.UNAUTHENTICATED when anonymous). */
  roles: readonly Role[];
}

export interface Contract<
  N extends string = string,
  A extends Record<string, ActionSpec> = Record<string, ActionSpec>,
> {
  name: N;
  actions: A;
}

/** Declares one cloud function's actions. The client's `call()` and the server's handler both type from it. */
export function defineContract<const N extends string, const A extends Record<string, ActionSpec>>(
  name: N,
  actions: A,
): Contract<N, A> {
  return { name, actions };
}

export type ActionName<C extends Contract> = Extract<keyof C['actions'], string>;
export type InputOf<C extends Contract, K extends ActionName<C>> = z.input<C['actions'][K]['input']>;
export type ParsedInputOf<C extends Contract, K extends ActionName<C>> = z.output<C['actions'][K]['input']>;
export type OutputOf<C extends Contract, K extends ActionName<C>> = z.output<C['actions'][K]['output']>;
