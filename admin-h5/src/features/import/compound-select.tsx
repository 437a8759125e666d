import { useEffect, useState } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';

interface CompoundSelectProps {
  value: string;
  onChange: (compoundId: string) => void;
  disabled: boolean;
  /** What the compound is for: 导入到小区 on the import page. */
  label?: string;
  error?: string | undefined;
  /** A compound already chosen (editing something), offered even when the list does not reach it. */
  known?: { _id: string; label: string } | undefined;
}

const loadCompounds = () => call('places', 'searchCompounds', { q: '' });

/**
 * The compounds within the staff member's scope. A property manager has exactly one, chosen for them; larger
 * scopes pick from the list (the server lists the first 50 by name, plenty for a street).
 */
export function CompoundSelect({ value, onChange, disabled, label = '导入到小区', error, known }: CompoundSelectProps) {
  const { state, retry } = useRequest(loadCompounds);
  const [hasDefaulted, setDefaulted] = useState(false);
  const only = state.status === 'success' && state.data.items.length === 1 ? state.data.items[0] : undefined;

  useEffect(() => {
    if (only && !hasDefaulted) {
      setDefaulted(true);
      onChange(only._id);
    }
  }, [only, hasDefaulted, onChange]);

  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={retry} />;
  const listed = state.status === 'success' ? state.data.items : [];
  const items = known && !listed.some((compound) => compound._id === known._id) ? [...listed, known] : listed;
  return (
    <Field label={label} error={error} hint={state.status === 'loading' ? '正在加载小区列表…' : undefined}>
      <select
        className="select"
        value={value}
        disabled={disabled || state.status !== 'success'}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">请选择小区</option>
        {items.map((compound) => (
          <option key={compound._id} value={compound._id}>
            {compound.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
