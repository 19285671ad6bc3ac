// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOwnClicks } from './use-own-clicks';

function Panel({ onCopy }: { onCopy: () => void }) {
  return (
    <>
      <button type="button">Timeline item</button>
      <section {...useOwnClicks()}>
        <button type="button" onClick={onCopy}>
          Copy citation
        </button>
      </section>
    </>
  );
}

afterEach(cleanup);

describe('useOwnClicks', () => {
  it('ignores the click of a press that began outside: a tap that opened the panel under it', () => {
    const onCopy = vi.fn();
    render(<Panel onCopy={onCopy} />);
    fireEvent.pointerDown(screen.getByText('Timeline item'));
    fireEvent.click(screen.getByText('Copy citation'), { detail: 1 });
    expect(onCopy).not.toHaveBeenCalled();
  });

  it('takes a click pressed on the panel, and one from the keyboard', () => {
    const onCopy = vi.fn();
    render(<Panel onCopy={onCopy} />);
    const copy = screen.getByText('Copy citation');
    fireEvent.pointerDown(copy);
    fireEvent.click(copy, { detail: 1 });
    expect(onCopy).toHaveBeenCalledTimes(1);
    // The next press elsewhere: its click, wherever it lands, is not the panel's.
    fireEvent.pointerDown(screen.getByText('Timeline item'));
    fireEvent.click(copy, { detail: 1 });
    expect(onCopy).toHaveBeenCalledTimes(1);
    fireEvent.click(copy, { detail: 0 });
    expect(onCopy).toHaveBeenCalledTimes(2);
  });
});
