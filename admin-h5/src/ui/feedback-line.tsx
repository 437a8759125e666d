import { ErrorNotice } from './error-notice';

export type Feedback = { tone: 'success'; text: string } | { tone: 'error'; error: unknown };

/** The outcome of the last action on the page, announced; the status region stays mounted so it is read out. */
export function FeedbackLine({ feedback }: { feedback: Feedback | null }) {
  return (
    <>
      <div role="status" className="feedback-line">
        {feedback?.tone === 'success' ? <p className="notice notice--success">{feedback.text}</p> : null}
      </div>
      {feedback?.tone === 'error' ? <ErrorNotice error={feedback.error} /> : null}
    </>
  );
}
