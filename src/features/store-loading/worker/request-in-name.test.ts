import { describe, expect, it } from 'vitest';
import { requestInName, workerNameFor } from './request-in-name';

describe('a load in the worker name', () => {
  it('carries a URL load, its window included', () => {
    const request = {
      kind: 'url' as const,
      url: 'https://host/stores/a b.json?x="1"',
      timeoutMs: 30_000,
      window: { start: -1e12, end: 5 },
    };
    expect(requestInName(workerNameFor(request))).toEqual(request);
  });

  it('carries no file, and reads nothing from another name', () => {
    expect(requestInName(workerNameFor({ kind: 'file', file: new Blob([]) }))).toBeNull();
    expect(requestInName('store-loader')).toBeNull();
    expect(requestInName('store-loader {not json')).toBeNull();
    expect(requestInName('store-loader {"kind":"file"}')).toBeNull();
    expect(requestInName('')).toBeNull();
  });
});
