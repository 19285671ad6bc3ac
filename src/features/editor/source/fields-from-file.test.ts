import { describe, expect, it } from 'vitest';
import { fieldsFromFile } from './fields-from-file';

const PAGE = {
  text: 'North Korea has ratified a mutual defence treaty with Russia.',
  title: 'North Korea ratifies defence treaty with Russia',
  language: 'en',
  metadata: {
    url: 'https://www.example-wire.com/world/x/',
    publisher: 'Example Wire',
    published: '2024-11-12',
  },
};

describe('fieldsFromFile', () => {
  it('fills the empty fields from the page, and names the metadata it took', () => {
    expect(fieldsFromFile({ title: '', language: 'es' }, PAGE, false)).toEqual({
      fields: {
        text: PAGE.text,
        title: PAGE.title,
        language: 'en',
        url: 'https://www.example-wire.com/world/x/',
        publisher: 'Example Wire',
        published: '2024-11-12',
      },
      filled: ['url', 'publisher', 'published'],
    });
  });

  it('keeps what was typed', () => {
    const current = {
      title: 'My title',
      language: 'fr',
      url: 'https://mirror.example.org/x',
      publisher: ' ',
      published: '2024-11',
    };
    expect(fieldsFromFile(current, PAGE, true)).toEqual({
      fields: { ...current, text: PAGE.text, publisher: 'Example Wire' },
      filled: ['publisher'],
    });
  });

  it('fills nothing more from a text file', () => {
    const read = { text: 'Plain.', title: 'nota', language: '', metadata: {} };
    expect(fieldsFromFile({ title: '', language: 'es' }, read, false)).toEqual({
      fields: { text: 'Plain.', title: 'nota', language: 'es' },
      filled: [],
    });
  });
});
