import { describe, expect, it } from 'vitest';
import { sourceFieldProblems } from './source-check';

const REPORT = { title: 'Kim and Putin sign a pact', language: 'en', text: 'The text.' };

describe('sourceFieldProblems', () => {
  it('finds nothing in a source the format accepts, optional fields left empty included', () => {
    expect(sourceFieldProblems({ ...REPORT, publisher: '', url: '' })).toEqual(new Map());
  });

  it('files a missing language and a missing title at their fields', () => {
    const problems = sourceFieldProblems({ ...REPORT, title: '', language: '' });
    expect([...problems.keys()].sort()).toEqual(['language', 'title']);
    expect(problems.get('language')?.[0]?.expected).toMatch(/BCP 47/);
  });

  it('files a language that is not a language tag, and a link that is not http(s)', () => {
    const problems = sourceFieldProblems({
      ...REPORT,
      language: 'English please',
      url: 'javascript:alert(1)',
    });
    expect(problems.get('language')?.[0]?.value).toBe('"English please"');
    expect(problems.has('url')).toBe(true);
  });

  it('files an archive link the format leaves out at its field', () => {
    const problems = sourceFieldProblems({ ...REPORT, archiveUrl: 'not a link' });
    expect([...problems.keys()]).toEqual(['archiveUrl']);
  });

  it('finds nothing in a source without text that says what its locators count', () => {
    expect(
      sourceFieldProblems({
        title: 'Radio interview',
        language: 'en',
        text: '',
        locatorLabel: 'minute',
      }),
    ).toEqual(new Map());
  });
});
