import type { StaffProfile } from '@linli/shared';
import { roleLabelsOf, scopeLabelOf } from '../../lib/staff-labels';
import { hrefOf } from '../../router/hash-location';

/** Who is signed in and what they look after; the way to change one's password on a phone. */
export function AccountCard({ staff }: { staff: StaffProfile }) {
  return (
    <section className="card" aria-labelledby="account-card-title">
      <h2 id="account-card-title" className="card__title">
        我的账号
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>姓名</dt>
          <dd>{staff.name}</dd>
        </div>
        <div className="facts__row">
          <dt>账号</dt>
          <dd>{staff.account}</dd>
        </div>
        <div className="facts__row">
          <dt>角色</dt>
          <dd>{roleLabelsOf(staff.roles)}</dd>
        </div>
        <div className="facts__row">
          <dt>管辖范围</dt>
          <dd>{scopeLabelOf(staff.scope)}</dd>
        </div>
      </dl>
      <a className="button button--secondary" href={hrefOf('/password')}>
        修改密码
      </a>
    </section>
  );
}
