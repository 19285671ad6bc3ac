import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { markFirstPaint } from '../lib/after-first-paint';

interface Props {
  /** What this part is, for the message ("Timeline"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

function PartFailed({ name, onRetry }: { name: string; onRetry: () => void }) {
  const t = useMessages();
  return (
    <div role="alert" className="part-failed">
      <p>{t.partFailed(name)}</p>
      <button type="button" onClick={onRetry}>
        {t.tryAgain}
      </button>
    </div>
  );
}

/**
 * Keeps a failure in one part of the page (say, the timeline widget) from blanking the
 * rest: that part shows a message and a way to try again; everything else stays usable.
 */
export class PartBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Reported as a warning: the failure is handled and shown, not an uncaught crash.
    console.warn(`The ${this.props.name} part failed:`, error, info.componentStack);
    // A failed timeline will paint no first events: what waits for them (the list, the
    // details) must not wait for ever, and the message is what stands in their place.
    markFirstPaint();
  }

  override render() {
    if (this.state.error) {
      return <PartFailed name={this.props.name} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
