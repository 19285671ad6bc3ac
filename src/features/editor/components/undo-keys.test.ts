// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { draftHistoryKey } from './undo-keys';

/** Fixed test markup as the page's body (parsed, not store text). */
function mount(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return document.body;
}

const key = (target: EventTarget | null, key: string, mods: Partial<KeyboardEvent> = {}) =>
  draftHistoryKey({
    key,
    ctrlKey: true,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    defaultPrevented: false,
    target,
    ...mods,
  });

afterEach(() => {
  document.body.replaceChildren();
});

describe('draftHistoryKey', () => {
  it('is the draft’s undo and redo outside text boxes', () => {
    const body = mount('<button>Add source</button><input type="checkbox">');
    const button = body.querySelector('button');
    expect(key(button, 'z')).toBe('undo');
    expect(key(button, 'Z', { shiftKey: true })).toBe('redo');
    expect(key(button, 'y')).toBe('redo');
    expect(key(button, 'z', { ctrlKey: false, metaKey: true })).toBe('undo');
    expect(key(body.querySelector('input'), 'z')).toBe('undo');
    expect(key(document.body, 'z')).toBe('undo');
  });

  it('leaves other keys, Alt, Shift+Y and a handled key alone', () => {
    const body = mount('<button>x</button>');
    const button = body.querySelector('button');
    expect(key(button, 'z', { ctrlKey: false })).toBeNull();
    expect(key(button, 'z', { altKey: true })).toBeNull();
    expect(key(button, 'y', { shiftKey: true })).toBeNull();
    expect(key(button, 'x')).toBeNull();
    expect(key(button, 'z', { defaultPrevented: true })).toBeNull();
  });

  it('leaves a text box whose text is not in the draft to the browser’s own undo', () => {
    const body = mount(`
      <form aria-label="Add source"><textarea></textarea><input type="text"><input></form>
      <div contenteditable="true"><span>typed</span></div>`);
    for (const field of body.querySelectorAll('textarea, input')) {
      expect(key(field, 'z')).toBeNull();
      expect(key(field, 'z', { shiftKey: true })).toBeNull();
      expect(key(field, 'y')).toBeNull();
    }
    const editable = body.querySelector('div')!;
    // jsdom has no isContentEditable; a browser reports it.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(key(editable, 'z')).toBeNull();
  });

  it('is the draft’s undo in fields bound to it, and not in a local form among them', () => {
    const body = mount(`
      <form data-undo="draft">
        <input id="title"><textarea id="summary"></textarea>
        <details data-undo="text"><input id="actor-name"></details>
      </form>`);
    expect(key(body.querySelector('#title'), 'z')).toBe('undo');
    expect(key(body.querySelector('#summary'), 'y')).toBe('redo');
    expect(key(body.querySelector('#actor-name'), 'z')).toBeNull();
  });

  it('is the draft’s undo in a text that takes no typing (the source being read)', () => {
    const body = mount(
      '<textarea aria-readonly="true"></textarea><input readonly><textarea readonly></textarea>',
    );
    for (const field of body.querySelectorAll('textarea, input')) {
      expect(key(field, 'z')).toBe('undo');
    }
  });
});
