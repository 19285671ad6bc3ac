import { useEffect, useRef, useState } from 'react';

/** When each dialog's button was unmounted with its dialog open. */
const openWhenUnmounted = new Map<string, number>();
/**
 * How long a copy mounted anew has to take the dialog over: the first time a desktop
 * becomes a phone, `More` (which holds the buttons then) is fetched first.
 */
const TAKE_OVER_MS = 10_000;

/**
 * A dialog's open state that survives its button being moved: crossing the phone
 * breakpoint (a phone turned on its side) moves the header's actions into `More` and back,
 * which unmounts one copy of each button and mounts another. Without this, a dialog the
 * person was reading closed under them. A button gone for good leaves a flag that expires
 * unused.
 */
export function useOpenAcrossRemount(key: string): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const openRef = useRef(false);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  useEffect(() => {
    const since = openWhenUnmounted.get(key);
    openWhenUnmounted.delete(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the copy before it was open
    if (since !== undefined && performance.now() - since < TAKE_OVER_MS) setOpen(true);
    return () => {
      if (openRef.current) openWhenUnmounted.set(key, performance.now());
    };
  }, [key]);
  return [open, setOpen];
}
