import type { Contract } from './define-contract';
import { systemContract } from './system';

export * from './define-contract';
export { systemContract } from './system';

/** Every deployable function's contract, by function name. Harnesses iterate over this. */
export const contracts = {
  system: systemContract,
} as const satisfies Record<string, Contract>;

export type FunctionName = keyof typeof contracts;
export const FUNCTION_NAMES = Object.keys(contracts) as FunctionName[];
