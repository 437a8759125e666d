import { type ResidentRow, residentsContract, type StaffProfile } from '@linli/shared';
import { useState } from 'react';
import { canUse } from '../../api/access';
import { call } from '../../api/call';
import type { PageInput } from '../../api/page-input';
import { useSearchedList } from '../../api/use-searched-list';
import { PagedResults } from '../../ui/paged-results';
import { ReasonDialog } from '../../ui/reason-dialog';
import { SearchForm } from '../../ui/search-form';
import { ResidentCard } from './resident-card';
import { REVEAL_SECONDS, useRevealedIds } from './use-revealed-ids';
import './residents.css';

const PAGE_SIZE = 20;
const fetchResidents = (input: PageInput) => call('residents', 'list', input);

/**
 * The resident register within scope: masked by default. 查看身份证 asks for a reason, which the server writes to
 * the access log with who and when, and shows the number for REVEAL_SECONDS.
 */
export function ResidentsPage({ withinId, staff }: { withinId: string | null; staff: StaffProfile }) {
  const { q, search, list } = useSearchedList(fetchResidents, PAGE_SIZE, withinId);
  const revealed = useRevealedIds();
  const [asking, setAsking] = useState<ResidentRow | null>(null);
  const canReveal = canUse(staff.roles, residentsContract.actions.revealIdNumber.roles);

  const onReason = async (reason: string) => {
    if (!asking) return;
    const { idNumber } = await call('residents', 'revealIdNumber', { residentId: asking._id, reason });
    revealed.show(asking._id, idNumber);
    setAsking(null);
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        居民
      </h1>
      <SearchForm label="搜索居民" placeholder="姓名或手机号" onSearch={search} />
      <PagedResults list={list} empty={q ? `没有找到与「${q}」相符的居民。` : '还没有居民登记。'} unit="位居民">
        {(residents) => (
          <ul className="records records--grid" aria-label="居民列表">
            {residents.map((resident) => (
              <ResidentCard
                key={resident._id}
                resident={resident}
                revealed={revealed.shown.get(resident._id)}
                canReveal={canReveal}
                onReveal={setAsking}
                onHide={revealed.hide}
              />
            ))}
          </ul>
        )}
      </PagedResults>
      {asking ? (
        <ReasonDialog
          title="查看完整身份证号"
          description={`${asking.name} · 本次查看将记录查看人、时间和事由，号码显示 ${REVEAL_SECONDS} 秒后自动隐藏。`}
          label="查看事由"
          hint="例如：核对业主身份办理产权变更"
          submitLabel="确认查看"
          minLength={2}
          maxLength={100}
          onSubmit={onReason}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}
