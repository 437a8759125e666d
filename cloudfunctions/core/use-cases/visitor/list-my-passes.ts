import type { OutputOf, ParsedInputOf, visitorContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { DOOR_ENTRIES, type DoorEntryDoc } from '../door/collections';
import { residentOf } from '../membership/caller-resident';
import { readPage } from '../places/cursor-check';
import { PASSES, type PassDoc } from './collections';
import { shareOf } from './pass-token';
import { toPassView } from './pass-view';

type Visitor = typeof visitorContract;

/** `visitor.mine`: the caller's passes, newest first, each with its openings and, while usable, its share link. */
export async function listMyPasses(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Visitor, 'mine'>,
): Promise<OutputOf<Visitor, 'mine'>> {
  const { residentId } = residentOf(caller);
  if (!residentId) return { items: [], nextCursor: null };
  const page = await readPage(input.cursor, () =>
    deps.store.collection<PassDoc>(PASSES).find(
      { residentId },
      {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc'],
        ],
        limit: input.limit,
        cursor: input.cursor,
      },
    ),
  );
  const now = deps.clock.now();
  const entries = deps.store.collection<DoorEntryDoc>(DOOR_ENTRIES);
  const items = await Promise.all(
    page.items.map(async (pass) => {
      const used = await entries.find(
        { passId: pass._id, result: 'opened' },
        { orderBy: [['at', 'desc']], limit: pass.maxUses },
      );
      const view = toPassView(pass, now);
      const isShareable = view.state === 'valid' || view.state === 'not_yet';
      return {
        ...view,
        uses: used.items.map((entry) => ({ at: entry.at, doorName: entry.placeLabel })),
        share: isShareable ? shareOf(deps, deps.vault.box('pass-token').decrypt(pass.tokenSealed)) : null,
      };
    }),
  );
  return { items, nextCursor: page.nextCursor };
}
