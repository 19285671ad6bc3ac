import './status-mark.css';

/** The mark of a status (or of "not stated"); decorative, the words go beside it. */
export function StatusMark({ status }: { status: string }) {
  return <span className={`status-mark status-mark--${status}`} aria-hidden="true" />;
}
