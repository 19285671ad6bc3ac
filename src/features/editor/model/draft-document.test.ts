import { describe, expect, it } from 'vitest';
import { documentFromJson } from './draft-document';

describe('documentFromJson', () => {
  it('leaves a language the file does not give empty, for the field to ask, never "en"', () => {
    const draft = documentFromJson({ format: 'sourceline/1', title: 'T', events: [] });
    expect(draft?.language).toBe('');
    expect(documentFromJson({ format: 'sourceline/1', language: 'ko' })?.language).toBe('ko');
  });

  it('is null for a document that is not a store', () => {
    expect(documentFromJson({ format: 'sourceline/2' })).toBeNull();
    expect(documentFromJson([])).toBeNull();
  });
});
