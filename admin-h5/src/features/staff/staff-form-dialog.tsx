import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffProfile, type StaffRole } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormFooter } from '../../ui/form-footer';
import { NEW_PASSWORD_HINT, PasswordField } from '../../ui/password-field';
import { PlaceBrowser } from '../places/place-browser';
import { checkDraft, type DraftField, type DraftIssues, draftOf, type StaffDraft } from './staff-draft';

interface StaffFormDialogProps {
  /** The account being edited; null creates a new one. */
  member: StaffProfile | null;
  /** The signed-in admin: new scopes are picked within theirs. */
  admin: StaffProfile;
  onSaved: (saved: StaffProfile) => void;
  onClose: () => void;
}

const FIELDS: readonly DraftField[] = ['account', 'name', 'phone', 'roles', 'scopePlaceId', 'password', 'disabled'];

function save(draft: StaffDraft, member: StaffProfile | null): Promise<StaffProfile> {
  const scopePlaceId = draft.scope?.placeId ?? null;
  if (!member) {
    const { account, name, phone, roles, password } = draft;
    return call('staff', 'create', { account, name, phone, roles, scopePlaceId, password });
  }
  const isScopeChanged = scopePlaceId !== (member.scope?.placeId ?? null);
  return call('staff', 'update', {
    staffId: member._id,
    name: draft.name,
    phone: draft.phone,
    roles: draft.roles,
    disabled: draft.disabled,
    ...(isScopeChanged ? { scopePlaceId } : {}),
  });
}

/** New account or changes to one: who, which roles, which scope (picked from the hierarchy), and 停用. */
export function StaffFormDialog({ member, admin, onSaved, onClose }: StaffFormDialogProps) {
  const isNew = member === null;
  const [draft, setDraft] = useState<StaffDraft>(() => draftOf(member));
  const [issues, setIssues] = useState<DraftIssues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isPickingScope, setPickingScope] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const set = <K extends keyof StaffDraft>(key: K, value: StaffDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const toggleRole = (role: StaffRole, isOn: boolean) =>
    set('roles', isOn ? [...draft.roles, role] : draft.roles.filter((r) => r !== role));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local = checkDraft(draft, isNew);
    setIssues(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      onSaved(await save(draft, member));
    } catch (error) {
      const server = fieldIssuesOf(error);
      const shown: DraftIssues = {};
      for (const field of FIELDS) if (server[field]) shown[field] = server[field];
      setIssues(shown);
      if (Object.keys(shown).length === 0) setFailure(error);
      setSaving(false);
    }
  };

  return (
    <Dialog title={isNew ? '新建账号' : `编辑账号：${member.account}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {isNew ? (
          <Field label="账号" error={issues.account} hint="小写字母开头，可含数字和 _ . -，登录时使用">
            <input
              className="input"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={32}
              value={draft.account}
              onChange={(e) => set('account', e.target.value)}
            />
          </Field>
        ) : null}
        <Field label="姓名" error={issues.name}>
          <input className="input" maxLength={20} value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field label="手机号" error={issues.phone}>
          <input
            className="input"
            type="tel"
            inputMode="numeric"
            maxLength={11}
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
          />
        </Field>
        <fieldset className="field" aria-describedby="staff-roles-hint">
          <legend className="field__label">角色</legend>
          <div className="choice-list">
            {STAFF_ROLES.map((role) => (
              <label key={role} className="choice">
                <input
                  type="checkbox"
                  checked={draft.roles.includes(role)}
                  onChange={(e) => toggleRole(role, e.target.checked)}
                />
                {STAFF_ROLE_LABELS[role]}
              </label>
            ))}
          </div>
          <p id="staff-roles-hint" className="field__hint">
            街道对应街道；社区、网格员对应社区；物业、维修人员对应小区；平台管理员可为任意层级。最多 3 个角色。
          </p>
          {issues.roles ? <p className="field__error">{issues.roles}</p> : null}
        </fieldset>
        <fieldset className="field">
          <legend className="field__label">管辖范围</legend>
          <p className="scope-choice">
            <strong>{draft.scope?.label ?? '整个平台'}</strong>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setPickingScope((v) => !v)}
            >
              {isPickingScope ? '收起' : '更改'}
            </button>
          </p>
          {isPickingScope ? (
            <PlaceBrowser
              scope={admin.scope}
              platformChoice="选择「整个平台」"
              onPick={(place) => {
                set('scope', place ? { placeId: place.placeId, label: place.label } : null);
                setPickingScope(false);
              }}
            />
          ) : null}
          {issues.scopePlaceId ? <p className="field__error">{issues.scopePlaceId}</p> : null}
        </fieldset>
        {isNew ? (
          <PasswordField
            label="初始密码"
            error={issues.password}
            hint={`${NEW_PASSWORD_HINT}；请当面或电话告知本人`}
            autoComplete="new-password"
            value={draft.password}
            onChange={(password) => set('password', password)}
          />
        ) : (
          <label className="choice">
            <input type="checkbox" checked={draft.disabled} onChange={(e) => set('disabled', e.target.checked)} />
            停用此账号（停用后立即退出所有登录）
          </label>
        )}
        {issues.disabled ? <p className="field__error">{issues.disabled}</p> : null}
        <FormFooter
          failure={failure}
          submitLabel={isNew ? '创建账号' : '保存'}
          isSubmitting={isSaving}
          busyLabel="正在保存…"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
