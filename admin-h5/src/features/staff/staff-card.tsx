import type { StaffProfile } from '@linli/shared';
import { roleLabelsOf, scopeLabelOf } from '../../lib/staff-labels';

interface StaffCardProps {
  member: StaffProfile;
  isMe: boolean;
  onEdit: (member: StaffProfile) => void;
  onResetPassword: (member: StaffProfile) => void;
}

export function StaffCard({ member, isMe, onEdit, onResetPassword }: StaffCardProps) {
  return (
    <li className="record" data-testid={`staff-${member._id}`}>
      <div className="record__head">
        <h2 className="record__title">
          {member.name}
          {isMe ? <span className="record__note">（我）</span> : null}
        </h2>
        {member.disabled ? <span className="badge badge--danger">已停用</span> : null}
      </div>
      <dl className="record__facts">
        <dt>账号</dt>
        <dd>{member.account}</dd>
        <dt>手机号</dt>
        <dd>{member.phone}</dd>
        <dt>角色</dt>
        <dd>{roleLabelsOf(member.roles)}</dd>
        <dt>管辖范围</dt>
        <dd>{scopeLabelOf(member.scope)}</dd>
      </dl>
      <div className="record__actions">
        <button type="button" className="button button--secondary" onClick={() => onEdit(member)}>
          编辑
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResetPassword(member)}>
          重置密码
        </button>
      </div>
    </li>
  );
}
