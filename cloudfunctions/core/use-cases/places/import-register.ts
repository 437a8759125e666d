import type { OutputOf, ParsedInputOf, placesContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { planRegister } from './register-plan';
import { readRegisterBatch } from './register-rows';
import { insertPlaces } from './register-write';
import { placeWithinScope, staffScopeOf } from './staff-scope';

type Import = typeof placesContract;

/**
 * One batch of the building/room register into a compound in the caller's scope. All or nothing per batch: every
 * row is checked first and any bad row rejects the batch, with every bad line reported; otherwise missing
 * buildings, units and rooms are created and rows already registered identically are counted as unchanged, so
 * re-importing a file is harmless. `created` counts rooms. A dry run reports the same without writing.
 */
export async function importRegister(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Import, 'importRegister'>,
): Promise<OutputOf<Import, 'importRegister'>> {
  const compound = await placeWithinScope(deps, staffScopeOf(caller), input.compoundId);
  if (compound.kind !== 'compound') {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'compoundId', message: '请选择要导入的小区' }] });
  }
  const batch = readRegisterBatch(input.csv, input.firstLine);
  const plan = await planRegister(deps, compound, batch.lines);
  const errors = [...batch.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { rows: batch.rows, created: 0, unchanged: plan.unchanged, errors };
  if (!input.dryRun) await insertPlaces(deps, plan.inserts);
  return { rows: batch.rows, created: plan.created, unchanged: plan.unchanged, errors: [] };
}
