import { type FormEvent, useId, useState } from 'react';
import { Field } from '../../ui/field';
import { OUTBOX_LIMITS, OUTBOX_OPENID } from './outbox-api';

interface OutboxFiltersProps {
  limit: number;
  isRefreshing: boolean;
  onLimit: (limit: number) => void;
  onOpenid: (openid: string) => void;
  onRefresh: () => void;
}

/**
 * Find one recipient's messages by openid (checked as the route checks it, so a typo is pointed at here rather than
 * answered 400), choose how many of the newest to show, and 刷新 to see what a step just sent.
 */
export function OutboxFilters({ limit, isRefreshing, onLimit, onOpenid, onRefresh }: OutboxFiltersProps) {
  const [typed, setTyped] = useState('');
  const [issue, setIssue] = useState<string | undefined>();
  const inputId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const openid = typed.trim();
    if (!OUTBOX_OPENID.test(openid)) {
      setIssue('openid 为 3–64 位字母、数字、- 或 _');
      return;
    }
    setIssue(undefined);
    setTyped('');
    onOpenid(openid);
  };

  return (
    <div className="outbox-toolbar">
      <search>
        <form className="search-form" onSubmit={onSubmit} noValidate>
          <label htmlFor={inputId} className="search-form__label">
            按收件人 openid 查找
          </label>
          <div className="search-form__row">
            <input
              id={inputId}
              className="input"
              type="search"
              value={typed}
              maxLength={64}
              spellCheck={false}
              autoCapitalize="off"
              placeholder="如 demo-owner-zhang"
              aria-invalid={issue ? true : undefined}
              aria-describedby={issue ? `${inputId}-error` : undefined}
              onChange={(event) => setTyped(event.target.value)}
            />
            <button type="submit" className="button">
              查找
            </button>
          </div>
          {issue ? (
            <p id={`${inputId}-error`} className="field__error">
              {issue}
            </p>
          ) : null}
        </form>
      </search>
      <Field label="显示条数">
        <select className="select" value={limit} onChange={(event) => onLimit(Number(event.target.value))}>
          {OUTBOX_LIMITS.map((value) => (
            <option key={value} value={value}>
              最新 {value} 条
            </option>
          ))}
        </select>
      </Field>
      <button type="button" className="button button--secondary" disabled={isRefreshing} onClick={onRefresh}>
        {isRefreshing ? '正在刷新…' : '刷新'}
      </button>
    </div>
  );
}
