/**
 * The prototype in `object`'s chain that defines `method` itself, or null. The vis-timeline
 * workarounds patch a method there, once for every instance of the class (and subclasses).
 */
export function prototypeDefining<T extends object>(object: T, method: string): T | null {
  for (let proto = Object.getPrototypeOf(object) as T | null; proto;) {
    if (
      Object.hasOwn(proto, method) &&
      typeof (proto as Record<string, unknown>)[method] === 'function'
    ) {
      return proto;
    }
    proto = Object.getPrototypeOf(proto) as T | null;
  }
  return null;
}
