import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { listenToProbe, toldText } from './probe-told.ts';

const fakePage = () => {
  const emitter = new EventEmitter();
  return {
    on: (event: 'console', listener: (message: { text(): string }) => void) =>
      emitter.on(event, listener),
    log: (text: string) => emitter.emit('console', { text: () => text }),
  };
};

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('listenToProbe', () => {
  it('settles when the probe tells the time it waits for, not for another one', async () => {
    const page = fakePage();
    const told = listenToProbe(page);
    const ready = told('readyAt');
    page.log(toldText('firstItemAt'));
    page.log('[bench] something else');
    expect(await settled(ready)).toBe(false);
    page.log(toldText('readyAt'));
    expect(await settled(ready)).toBe(true);
  });

  it('settles at once for a time told before anyone waited for it', async () => {
    const page = fakePage();
    const told = listenToProbe(page);
    page.log(toldText('firstItemAt'));
    expect(await settled(told('firstItemAt'))).toBe(true);
  });

  it('matches the text probe.js logs', async () => {
    const { readFile } = await import('node:fs/promises');
    const probe = await readFile(new URL('./probe.js', import.meta.url), 'utf8');
    expect(probe).toContain('`[bench] ${key}`');
    expect(probe).toMatch(/tell\('firstItemAt'\)/);
    expect(probe).toMatch(/tell\('readyAt'\)/);
  });
});
