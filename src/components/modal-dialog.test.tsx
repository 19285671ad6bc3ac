// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DialogCloseButton, DialogTitle, ModalDialog, useOpenAcrossRemount } from './modal-dialog';

// jsdom has <dialog> but not its modal methods: the least of them, as browsers behave.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(cleanup);

/** `inMenu`: the opener is in a menu that closes as the dialog opens, and is gone with it. */
function Harness({ onClosed, inMenu = false }: { onClosed?: () => void; inMenu?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {inMenu && open ? null : (
        <button type="button" onClick={() => setOpen(true)}>
          Open it
        </button>
      )}
      <ModalDialog
        open={open}
        onClose={() => {
          setOpen(false);
          onClosed?.();
        }}
        className="test-dialog"
      >
        <DialogTitle>A title</DialogTitle>
        <DialogCloseButton>Close</DialogCloseButton>
      </ModalDialog>
    </>
  );
}

describe('ModalDialog', () => {
  it('is named by its title, opens modal, and gives focus back when closed', () => {
    let closed = 0;
    render(<Harness onClosed={() => (closed += 1)} />);
    const opener = screen.getByRole('button', { name: 'Open it' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'A title' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    screen.getByRole('button', { name: 'Close' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(closed).toBe(1);
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus to the timeline when what opened it has gone (a menu closed since)', () => {
    const timeline = document.createElement('section');
    timeline.id = 'timeline';
    document.body.append(timeline);
    try {
      render(<Harness inMenu />);
      const opener = screen.getByRole('button', { name: 'Open it' });
      opener.focus();
      fireEvent.click(opener);
      expect(opener.isConnected).toBe(false);
      fireEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(document.activeElement).toBe(timeline);
    } finally {
      timeline.remove();
    }
  });

  it('moves no focus when it goes without having opened', () => {
    const timeline = document.createElement('section');
    timeline.id = 'timeline';
    document.body.append(timeline);
    try {
      const { unmount } = render(<Harness />);
      const opener = screen.getByRole('button', { name: 'Open it' });
      opener.focus();
      unmount();
      expect(document.activeElement).not.toBe(timeline);
    } finally {
      timeline.remove();
    }
  });

  it('keeps Esc (cancel) from reaching the page', () => {
    let reached = false;
    document.addEventListener('cancel', () => (reached = true));
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    const dialog = screen.getByRole('dialog', { name: 'A title' });
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { bubbles: true, cancelable: true }));
    });
    expect(reached).toBe(false);
  });

  it('refuses a title outside a dialog', () => {
    expect(() => render(<DialogTitle>Alone</DialogTitle>)).toThrow(/inside a ModalDialog/);
  });
});

describe('ModalDialog closed with Esc', () => {
  it('tells its owner at the cancel, before the close event comes, and once', () => {
    let closed = 0;
    render(<Harness onClosed={() => (closed += 1)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    const dialog = screen.getByRole('dialog', { name: 'A title' }) as HTMLDialogElement;
    // The browser's Esc: a cancel event, the dialog closed, its close event a task later.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(closed).toBe(1);
    dialog.open = false;
    fireEvent(dialog, new Event('close'));
    expect(closed).toBe(1);
    // Opened again, it is told of the next closing too.
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(closed).toBe(2);
  });
});

describe('useOpenAcrossRemount', () => {
  /** A dialog's button, in the header or in More on a phone: two copies, one at a time. */
  function Copy({ where }: { where: string }) {
    const [open, setOpen] = useOpenAcrossRemount('about');
    return (
      <>
        <p>{`${where}: ${open ? 'open' : 'closed'}`}</p>
        <button type="button" onClick={() => setOpen(!open)}>
          {open ? 'Close' : 'Open'}
        </button>
      </>
    );
  }
  function Page({ phone }: { phone: boolean }) {
    return phone ? (
      <Copy key="more" where="in More" />
    ) : (
      <Copy key="header" where="in the header" />
    );
  }

  it('an open dialog stays open when its button moves', () => {
    const { rerender } = render(<Page phone={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    rerender(<Page phone />);
    expect(screen.getByText('in More: open')).toBeTruthy();
    // Closed, it leaves the next test nothing to take over.
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  });

  it('a dialog closed just as its button moves stays closed', () => {
    const { rerender } = render(<Page phone={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    // Closed, and the window resized before React ran the close's effects.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Close' }));
      rerender(<Page phone />);
    });
    expect(screen.getByText('in More: closed')).toBeTruthy();
  });

  it('a dialog closed stays closed, whatever flag a copy gone open left behind', () => {
    // A copy gone while open after the next one was already mounted (a layout change spread
    // over two commits): its flag is not taken, and stays.
    const { rerender } = render(<Copy key="more" where="in More" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    rerender(
      <>
        <Copy key="more" where="in More" />
        <Copy key="header" where="in the header" />
      </>,
    );
    rerender(<Copy key="header" where="in the header" />);
    // The dialog opened and closed where it is now; then the window crosses the breakpoint.
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    rerender(<Copy key="more-again" where="in More" />);
    expect(screen.getByText('in More: closed')).toBeTruthy();
  });
});
