import type { Page } from '@playwright/test';

/**
 * Tripwires for injected markup and script, installed before any of the app's code runs:
 *
 * - every string with markup (a "<" or "&") handed to an HTML-parsing sink (innerHTML,
 *   outerHTML, insertAdjacentHTML, srcdoc, document.write, createContextualFragment,
 *   DOMParser, setHTMLUnsafe) is recorded;
 * - every element of a kind that can run script, load something or restyle the page
 *   (script, iframe, img, svg, style, link, base, meta, …) added after start is recorded;
 * - JavaScript dialogs (alert, confirm, prompt) are recorded and dismissed;
 * - every request the page makes is recorded;
 * - a payload that runs sets `window.__pwned`.
 */

/** Tags a payload could use to run script, fetch something, or take over the page. */
export const DANGEROUS_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'image',
  'picture',
  'svg',
  'math',
  'style',
  'link',
  'base',
  'meta',
  'video',
  'audio',
  'source',
  'track',
  'template',
  'noscript',
  'marquee',
  'x',
  'portal',
  'textarea',
];

export interface TrapReport {
  dialogs: string[];
  pwned: unknown;
  sinks: string[];
  added: string[];
  handlerAttributes: string[];
  badUrls: string[];
  requests: string[];
  polluted: boolean;
  /** Whether relative URLs still resolve against the page (a `<base>` would change that). */
  baseIsPage: boolean;
}

export async function installTraps(page: Page): Promise<() => Promise<TrapReport>> {
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => requests.push(request.url()));

  await page.addInitScript((dangerous: string[]) => {
    type Trapped = Window & { __sinks: string[]; __added: string[] };
    const trapped = window as unknown as Trapped;
    trapped.__sinks = [];
    trapped.__added = [];
    // Only markup matters: vis-timeline writes its axis labels ("2024") through innerHTML.
    const record = (sink: string, value: unknown) => {
      if (typeof value === 'string' && /[<&]/.test(value))
        trapped.__sinks.push(`${sink}: ${value}`);
    };
    const wrapSetter = (proto: object, property: string, sink: string) => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, property);
      if (!descriptor?.set) return;
      const original = descriptor.set;
      Object.defineProperty(proto, property, {
        ...descriptor,
        set(value: unknown) {
          record(sink, value);
          original.call(this, value);
        },
      });
    };
    const wrapMethod = (proto: object, name: string, argument: number) => {
      const target = proto as Record<string, unknown>;
      const original = target[name];
      if (typeof original !== 'function') return;
      target[name] = function (this: unknown, ...args: unknown[]) {
        record(name, args[argument]);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    };
    wrapSetter(Element.prototype, 'innerHTML', 'innerHTML');
    wrapSetter(Element.prototype, 'outerHTML', 'outerHTML');
    wrapSetter(ShadowRoot.prototype, 'innerHTML', 'shadow innerHTML');
    wrapSetter(HTMLIFrameElement.prototype, 'srcdoc', 'srcdoc');
    wrapMethod(Element.prototype, 'insertAdjacentHTML', 1);
    wrapMethod(Element.prototype, 'setHTMLUnsafe', 0);
    wrapMethod(Range.prototype, 'createContextualFragment', 0);
    wrapMethod(Document.prototype, 'write', 0);
    wrapMethod(Document.prototype, 'writeln', 0);
    wrapMethod(DOMParser.prototype, 'parseFromString', 0);

    const kinds = new Set(dangerous);
    const describe = (element: Element) =>
      `<${element.localName}${[...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
    const check = (element: Element) => {
      const all = [element, ...element.querySelectorAll('*')];
      for (const each of all) {
        if (kinds.has(each.localName)) trapped.__added.push(describe(each));
      }
    };
    // Elements present when the document is parsed (index.html's own) are the app's.
    let started = false;
    document.addEventListener('DOMContentLoaded', () => {
      started = true;
    });
    new MutationObserver((records) => {
      if (!started) return;
      for (const entry of records) {
        for (const node of entry.addedNodes) if (node instanceof Element) check(node);
      }
    }).observe(document, { childList: true, subtree: true });
  }, DANGEROUS_TAGS);

  return async () => {
    const inPage = await page.evaluate(() => {
      type Trapped = Window & { __sinks: string[]; __added: string[]; __pwned?: unknown };
      const trapped = window as unknown as Trapped;
      const handlerAttributes: string[] = [];
      const badUrls: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) {
            handlerAttributes.push(`${element.localName} ${attribute.name}=${attribute.value}`);
          }
        }
      }
      for (const element of document.querySelectorAll('[href], [src], [action], [formaction]')) {
        for (const name of ['href', 'src', 'action', 'formaction']) {
          const value = element.getAttribute(name);
          if (value === null) continue;
          const url = new URL(value, document.baseURI);
          if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            badUrls.push(`${element.localName} ${name}=${value}`);
          }
        }
      }
      return {
        pwned: trapped.__pwned,
        sinks: trapped.__sinks,
        added: trapped.__added,
        handlerAttributes,
        badUrls,
        polluted: 'polluted' in {} || Object.keys(Object.prototype).length > 0,
        baseIsPage: document.baseURI === document.URL && !document.querySelector('base'),
      };
    });
    return { dialogs, requests, ...inPage };
  };
}
