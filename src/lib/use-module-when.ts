import { useEffect, useState } from 'react';

/**
 * Code only some stores need (a store too large to load whole), fetched the first time it is
 * needed rather than with the first screen: null until it is in. Each loader's module is
 * kept once in, so a later mount has it at once.
 */
const loaded = new WeakMap<() => Promise<unknown>, unknown>();

export function useModuleWhen<M>(needed: boolean, load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(() => (loaded.get(load) as M) ?? null);
  useEffect(() => {
    if (!needed || module !== null) return;
    let current = true;
    load().then(
      (value) => {
        loaded.set(load, value);
        // As a function of the state: a module that is itself a function is not an updater.
        if (current) setModule(() => value);
      },
      // A chunk that failed to arrive is asked for again the next time it is needed.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [needed, load, module]);
  return module;
}
