import { useRef } from 'react';
import { useRequest } from '../../api/use-request';
import { hrefOf } from '../../router/hash-location';

/** How many are waiting; `isMore` when the server had more than the page asked for (shown as `100+`). */
export interface Tally {
  count: number;
  isMore: boolean;
}

export interface AttentionLine<T> {
  /** What is waiting, e.g. 待审核的入住申请; also names the line's 重试. */
  label: string;
  /** The plain good news when nothing is, e.g. 没有待审核的申请. */
  none: string;
  unit: string;
  /** The page where the staff member acts on it. */
  path: string;
  /** Danger for what is already late or broken, as the repair board marks overdue repairs. */
  tone: 'primary' | 'danger';
  tallyOf: (answer: T) => Tally;
}

interface AttentionLinesProps<T> {
  /** One call may feed several lines (the repair board's counts); it must be stable, as `useRequest` asks. */
  load: () => Promise<T>;
  lines: readonly AttentionLine<T>[];
}

/**
 * The lines fed by one call, loading and failing on their own so one unreachable function leaves the rest of the
 * card readable. Nothing here is a live region: the counts arrive once on landing and need no announcement.
 */
export function AttentionLines<T>({ load, lines }: AttentionLinesProps<T>) {
  const { state, retry } = useRequest(load);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  // The 重试 button disappears while retrying; the line's link stays, so focus waits there.
  const onRetry = (index: number) => {
    links.current[index]?.focus();
    retry();
  };

  const items = lines.map((line, index) => {
    const tally = state.status === 'success' ? line.tallyOf(state.data) : null;
    const isQuiet = tally?.count === 0;
    return (
      <li key={line.label} className="attention__line" aria-busy={state.status === 'loading'}>
        <a
          ref={(link) => {
            links.current[index] = link;
          }}
          className={`attention__link${isQuiet ? ' attention__link--none' : ''}`}
          href={hrefOf(line.path)}
        >
          {isQuiet ? (
            line.none
          ) : (
            <>
              <span>{line.label}</span>
              {/* A flex row drops this space from view; it keeps the label and the count apart when read out. */}{' '}
              {tally ? (
                <span className={`badge badge--${line.tone} attention__count`}>
                  {tally.count}
                  {tally.isMore ? '+' : ''} {line.unit}
                </span>
              ) : null}
              {state.status === 'loading' ? <span className="attention__pending">正在获取…</span> : null}
            </>
          )}
        </a>
        {state.status === 'error' ? (
          <span className="attention__problem">
            暂时无法获取
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`重试：${line.label}`}
              onClick={() => onRetry(index)}
            >
              重试
            </button>
          </span>
        ) : null}
      </li>
    );
  });
  return <>{items}</>;
}
