/**
 * The probe's times as it records them, told in console messages (probe.js `tell`).
 * Waiting for them with page.waitForFunction had Playwright inject its selector engine
 * (about 330 kB of script) into the page while the page loaded: compiled on the page's
 * main thread, 110 ms in a trace, in the middle of what the benchmark measures, and in a
 * different place for each page. A console message costs the page nothing of the kind.
 */
export type ProbeKey = 'firstItemAt' | 'readyAt';

/** The text probe.js logs once it has recorded `key`. */
export const toldText = (key: ProbeKey) => `[bench] ${key}`;

/** The part of a Playwright page this needs. */
export interface ConsoleSource {
  on(event: 'console', listener: (message: { text(): string }) => void): unknown;
}

/**
 * Listens from now on (call it before the page loads); the function returned settles once
 * the probe has told `key`, at once if it already has.
 */
export function listenToProbe(page: ConsoleSource): (key: ProbeKey) => Promise<void> {
  const keys: readonly ProbeKey[] = ['firstItemAt', 'readyAt'];
  const told = new Map(
    keys.map((key) => {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      return [toldText(key), { promise, resolve }] as const;
    }),
  );
  page.on('console', (message) => told.get(message.text())?.resolve());
  return (key) => told.get(toldText(key))!.promise;
}
