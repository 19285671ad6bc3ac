/**
 * The editor as a person meets it, in Chromium on the built app (`/edit/`):
 * - opening a store for editing: the file chosen in `Store file` to the draft's title in
 *   `Store title`, painted, and on to its problems shown (a large draft is checked in
 *   slices after it is shown);
 * - a keystroke in an event's `Start` field to the field's validation shown, painted: each
 *   key flips the field between valid and invalid (Backspace on "2024-06-19" leaves
 *   "2024-06-1", the digit puts it back), so every key has a verdict to show;
 *   (on the 1,000-event draft, and on the 10,000-event one just opened);
 * - a keystroke to `All changes saved in this browser.` (the save waits 300 ms after the
 *   last change, on purpose, so this is that pause plus the write);
 * - the first key typed in `Find events` on the 10,000-event draft, a moment (a person's
 *   pause, 1.5 s) after its problems are shown, to the list's count of what it found.
 * Times are taken in the page: `keydown` to the first painted frame showing the result.
 */
import type { Browser, Page } from '@playwright/test';

export interface EditorRun {
  openMs: number;
  /** Opening, to the draft's problems shown (the event form no longer says it is checking). */
  openCheckedMs: number;
  /** Keystroke → validation shown, one sample per key. */
  keystrokeMs: number[];
  /** The same on the 10,000-event draft just opened. */
  bigKeystrokeMs: number[];
  /** Keystroke → saved status, one sample per key (fewer keys: each waits for the save). */
  saveMs: number[];
  /** The first key in `Find events` on the 10,000-event draft → the count of what it found. */
  firstFindMs: number;
}

const VIEWPORT = { width: 1440, height: 960 };
/** How long a person looks at a draft just opened before typing in its find box. */
const FIND_PAUSE_MS = 1_500;

type Watch =
  | { kind: 'title'; value: string }
  | { kind: 'checked'; checking: string }
  | { kind: 'invalid'; value: boolean }
  | { kind: 'saved'; text: string }
  | { kind: 'found'; text: RegExp };

/**
 * In the page: resolves with the time from the last `keydown` (or file `change`) to the
 * first painted frame where the watched thing holds.
 */
function afterInput(watch: Watch): Promise<number> {
  const probe = (window as unknown as { __editor: { inputAt: number } }).__editor;
  const holds = () => {
    const control = (name: string) =>
      [...document.querySelectorAll('label')].find((label) => label.textContent === name)
        ?.control as HTMLInputElement | null | undefined;
    if (watch.kind === 'title') return control('Store title')?.value === watch.value;
    if (watch.kind === 'checked') {
      const line = document.querySelector('.editor-event-form [aria-live]');
      return line !== null && line.textContent !== '' && line.textContent !== watch.checking;
    }
    if (watch.kind === 'found')
      return [...document.querySelectorAll('.editor-find-result')].some((node) =>
        watch.text.test(node.textContent ?? ''),
      );
    if (watch.kind === 'saved')
      return [...document.querySelectorAll('[role="status"]')].some(
        (node) => node.textContent === watch.text,
      );
    return (control('Start')?.getAttribute('aria-invalid') === 'true') === watch.value;
  };
  // "All changes saved" holds before the key too: the save is the one that follows the
  // status leaving it ("Saving…" from the change on), watched from before the key is pressed.
  let left = watch.kind !== 'saved';
  return new Promise((resolve) => {
    const check = () => {
      if (!left) {
        left = !holds();
        requestAnimationFrame(check);
        return;
      }
      if (holds()) {
        requestAnimationFrame(() =>
          setTimeout(() => resolve(performance.now() - probe.inputAt), 0),
        );
        return;
      }
      requestAnimationFrame(check);
    };
    check();
  });
}

function probe() {
  const state = { inputAt: 0 };
  (window as unknown as { __editor: typeof state }).__editor = state;
  for (const type of ['keydown', 'change'])
    document.addEventListener(type, () => (state.inputAt = performance.now()), true);
}

async function openForEditing(page: Page, file: Buffer, title: string): Promise<number> {
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  const opened = page.evaluate(afterInput, { kind: 'title', value: title } as Watch);
  await page.getByLabel('Store file').setInputFiles({
    name: 'store.json',
    mimeType: 'application/json',
    buffer: file,
  });
  return opened;
}

export async function measureEditorRun(
  browser: Browser,
  editorUrl: string,
  stores: { small: { file: Buffer; title: string }; big: { file: Buffer; title: string } },
  keys: { validation: number; bigValidation: number; save: number },
): Promise<EditorRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    const page = await context.newPage();
    // tsx (esbuild, keepNames) wraps named functions in `__name(…)`: the page needs it too.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.addInitScript(probe);
    await page.goto(editorUrl);
    const checked = page.evaluate(afterInput, {
      kind: 'checked',
      checking: 'Checking the draft…',
    } as Watch);
    // Another step failing closes the page under this wait: that failure is the one to report.
    checked.catch(() => {});
    const openMs = await openForEditing(page, stores.big.file, stores.big.title);
    const openCheckedMs = await checked;
    // A measurement, not a test: the pause is the person's, between seeing the draft and typing.
    await page.waitForTimeout(FIND_PAUSE_MS);
    const findEvents = page.getByRole('searchbox', { name: 'Find events' });
    const found = page.evaluate(afterInput, {
      kind: 'found',
      text: / of 10,000 events|No event matches/,
    } as Watch);
    await findEvents.press('k');
    const firstFindMs = await found;
    await findEvents.fill('');
    const start = page.getByRole('textbox', { name: 'Start', exact: true });
    const typeInStart = async (count: number) => {
      await page.getByRole('list', { name: 'Draft events' }).getByRole('button').nth(3).click();
      await start.fill('2024-06-19');
      await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
      await start.press('End');
      const took: number[] = [];
      for (let i = 0; i < count; i++) {
        const invalid = i % 2 === 0;
        const shown = page.evaluate(afterInput, { kind: 'invalid', value: invalid } as Watch);
        await start.press(invalid ? 'Backspace' : '9');
        took.push(await shown);
      }
      return took;
    };
    const bigKeystrokeMs = await typeInStart(keys.bigValidation);

    await page.goto(editorUrl);
    await openForEditing(page, stores.small.file, stores.small.title);
    const keystrokeMs = await typeInStart(keys.validation);
    const saveMs: number[] = [];
    const savedText = 'All changes saved in this browser.';
    for (let i = 0; i < keys.save; i++) {
      await page.getByRole('status').filter({ hasText: savedText }).waitFor();
      // Watched from before the key: waiting for "Saving…" after it could miss it on a busy
      // machine (the wait then ran out at 30 s and counted as the save).
      const again = page.evaluate(afterInput, { kind: 'saved', text: savedText } as Watch);
      await start.press(i % 2 === 0 ? 'Backspace' : '9');
      saveMs.push(await again);
    }
    return { openMs, openCheckedMs, keystrokeMs, bigKeystrokeMs, saveMs, firstFindMs };
  } finally {
    await context.close();
  }
}
