import { describe, expect, it } from 'vitest';
import { citationText, eventLink } from './citation';
import { fixtureEvent, fixtureIndex } from './testing/fixture-store';
import { storeOrigin } from './store-origin';

const index = fixtureIndex();
const event = (id: string) => index.eventById.get(id)!;
const LINK = 'https://sourceline.example/?event=pyongyang-treaty-signed';
const DEFAULT = storeOrigin({ kind: 'default' }, 'https://sourceline.example/');
const STORE = 'Store: https://sourceline.example/data/events.json.';

describe('citationText', () => {
  it('gives title, date, sources and the link, in English', () => {
    expect(citationText(index, event('pyongyang-treaty-signed'), 'en', LINK, DEFAULT)).toBe(
      'Putin and Kim sign a comprehensive strategic partnership. 19 June 2024. ' +
        'Sources: Kim and Putin sign a mutual-defence agreement (Spanish-language news report), ' +
        `19 June 2024. ${STORE} Sourceline, ${LINK}`,
    );
  });

  it('is written in Spanish, dates included', () => {
    expect(citationText(index, event('pyongyang-treaty-signed'), 'es', LINK, DEFAULT)).toBe(
      'Putin and Kim sign a comprehensive strategic partnership. 19 de junio de 2024. ' +
        'Fuentes: Kim and Putin sign a mutual-defence agreement (Spanish-language news report), ' +
        '19 de junio de 2024. Almacén: https://sourceline.example/data/events.json. ' +
        `Sourceline, ${LINK}`,
    );
  });

  it('keeps the precision and the approximation of the date', () => {
    const file = { kind: 'file', name: 'mine.json' } as const;
    expect(citationText(index, event('china-russia-talks'), 'en', null, file)).toBe(
      'China and Russia hold talks. c. 2019. Store: file mine.json. Sourceline.',
    );
    expect(citationText(index, event('sanctions-period'), 'es', null, file)).toMatch(
      /^Sanctions period\. febrero de 2022\s*–\s*junio de 2024\. Almacén: archivo mine\.json\. Sourceline\.$/,
    );
  });

  it('names each source once, with its publisher, and does not double a full stop', () => {
    const store = fixtureIndex({
      sources: [
        {
          id: 'wire',
          title: 'Wire report',
          language: 'en',
          publisher: 'Agency',
          published: '2024-06',
        },
      ],
      events: [
        fixtureEvent('asked', '2024-06-19', {
          title: 'Was the treaty signed?',
          excerpts: [
            { source: 'wire', quote: 'one' },
            { source: 'wire', quote: 'two' },
          ],
        }),
      ],
    });
    const draft = { kind: 'draft', name: 'Treaty notes' } as const;
    expect(citationText(store, store.events[0]!, 'en', null, draft)).toBe(
      'Was the treaty signed? 19 June 2024. Sources: Wire report (Agency, June 2024). ' +
        'Store: draft Treaty notes. Sourceline.',
    );
  });

  it('names another site’s store by its full address', () => {
    const other = storeOrigin(
      { kind: 'url', url: 'http://localhost:4555/store.json' },
      'https://sourceline.example/',
    );
    expect(citationText(index, event('china-russia-talks'), 'en', LINK, other)).toBe(
      `China and Russia hold talks. c. 2019. Store: http://localhost:4555/store.json. Sourceline, ${LINK}`,
    );
  });
});

describe('citationText with direction controls in the store’s text', () => {
  const RLO = '\u202E';
  const [FSI, PDI] = ['\u2068', '\u2069'];
  const store = fixtureIndex({
    sources: [
      { id: 'memo', title: `Memo ${RLO}txt.fdp`, language: 'en', publisher: `${RLO}ycnegA` },
    ],
    events: [
      fixtureEvent('paid', '2024-06-19', {
        title: `Payment to ${RLO}ynapmoC.`,
        status: 'disputed',
        statusNote: `Denied ${RLO}by them`,
        excerpts: [{ source: 'memo', quote: 'one' }],
      }),
    ],
  });
  const file = { kind: 'file', name: `notes${RLO}nosj.json` } as const;
  const text = citationText(store, store.events[0]!, 'en', null, file);

  it('keeps each store string’s controls to itself: the rest of a pasted citation reads as written', () => {
    expect(text).toBe(
      `${FSI}Payment to ${RLO}ynapmoC.${PDI} 19 June 2024. ` +
        `Status: disputed — ${FSI}Denied ${RLO}by them${PDI}. ` +
        `Sources: ${FSI}Memo ${RLO}txt.fdp${PDI} (${FSI}${RLO}ycnegA${PDI}). ` +
        `Store: file ${FSI}notes${RLO}nosj.json${PDI}. Sourceline.`,
    );
  });
});

describe('eventLink', () => {
  it('links the event, and the store unless it is the default one', () => {
    expect(eventLink('https://x.example/', null, 'a-b')).toBe('https://x.example/?event=a-b');
    expect(eventLink('https://x.example/', 'https://data.example/s.json', 'a-b')).toBe(
      'https://x.example/?store=https://data.example/s.json&event=a-b',
    );
  });
});

describe('citationText with passage links', () => {
  const WIRE = {
    id: 'wire',
    title: 'Wire report',
    language: 'en',
    url: 'https://news.example/wire',
    text: 'Talks ended. Both sides signed the treaty, officials said.',
  };

  it('adds the passage link of each supporting quote whose source has an address', () => {
    const store = fixtureIndex({
      sources: [WIRE, { id: 'paper', title: 'Paper archive', language: 'en' }],
      events: [
        fixtureEvent('signed', '2024-06-19', {
          title: 'Treaty signed',
          excerpts: [
            { source: 'wire', quote: 'Both sides signed the treaty' },
            { source: 'paper', quote: 'no address, no link' },
            { source: 'wire', quote: 'Talks ended.', stance: 'disputes' },
          ],
        }),
      ],
    });
    const text = citationText(store, store.events[0]!, 'en', null, DEFAULT);
    expect(text).toContain(
      'Passage: <https://news.example/wire#:~:text=Both%20sides%20signed%20the%20treaty>.',
    );
    expect(text).toContain(
      'Passage: <https://news.example/wire#:~:text=Both%20sides%20signed%20the%20treaty>. ' +
        'Disputing passage: <https://news.example/wire#:~:text=Talks%20ended.>. Store:',
    );
    expect(citationText(store, store.events[0]!, 'es', null, DEFAULT)).toMatch(
      /Pasaje: <https:\/\/[^>]+>\. Pasaje que lo discute: <https:\/\/news\.example\/wire#:~:text=Talks%20ended/,
    );
  });

  it('says Passages before two links or more', () => {
    const store = fixtureIndex({
      sources: [WIRE],
      events: [
        fixtureEvent('signed', '2024-06-19', {
          title: 'Treaty signed',
          excerpts: [
            { source: 'wire', quote: 'Talks ended.' },
            { source: 'wire', quote: 'Both sides signed the treaty' },
          ],
        }),
      ],
    });
    expect(citationText(store, store.events[0]!, 'en', null, DEFAULT)).toMatch(
      /Passages: <https:\/\/news\.example\/wire#:~:text=Talks%20ended\.?>; <https:/,
    );
    expect(citationText(store, store.events[0]!, 'es', null, DEFAULT)).toContain(
      'Pasajes: <https://',
    );
  });
});

describe('citationText of a contested event', () => {
  const sources = [
    { id: 'radio', title: 'Morning programme', language: 'en', publisher: 'Radio Kessin' },
    { id: 'report', title: 'Commission report', language: 'en' },
  ];
  const contested = (status: 'disputed' | 'refuted', statusNote?: string) =>
    fixtureIndex({
      sources,
      events: [
        fixtureEvent('claim', '2019-06-08', {
          title: 'Claim that the dam was sabotaged',
          status,
          ...(statusNote === undefined ? {} : { statusNote }),
          excerpts: [
            { source: 'radio', quote: 'Someone opened the sluices.' },
            { source: 'report', quote: 'They found it intact.', stance: 'disputes' },
          ],
        }),
      ],
    });

  it('says the event is refuted, with its note, and lists the refuting source apart', () => {
    const store = contested('refuted', 'Inspectors found the dam intact two days later.');
    expect(citationText(store, store.events[0]!, 'en', null, DEFAULT)).toBe(
      'Claim that the dam was sabotaged. 8 June 2019. ' +
        'Status: refuted — Inspectors found the dam intact two days later. ' +
        'Sources: Morning programme (Radio Kessin). Disputed by: Commission report. ' +
        'Store: https://sourceline.example/data/events.json. Sourceline.',
    );
  });

  it('says so in Spanish', () => {
    const store = contested('disputed');
    expect(citationText(store, store.events[0]!, 'es', null, DEFAULT)).toBe(
      'Claim that the dam was sabotaged. 8 de junio de 2019. Estado: discutido. ' +
        'Fuentes: Morning programme (Radio Kessin). Lo discuten: Commission report. ' +
        'Almacén: https://sourceline.example/data/events.json. Sourceline.',
    );
  });

  it('cuts a long note at a word', () => {
    const store = contested('disputed', `${'Two accounts differ '.repeat(20)}end.`);
    const text = citationText(store, store.events[0]!, 'en', null, DEFAULT);
    const status = /Status: disputed — (.*?…) Sources:/.exec(text);
    expect(status?.[1]).toMatch(/^Two accounts differ .* differ…$/);
    expect(status![1]!.length).toBeLessThanOrEqual(161);
  });

  it('says a confirmed or reported status too: a claim only reported is not cited as a fact', () => {
    const store = fixtureIndex({
      sources,
      events: [
        fixtureEvent('claim', '2019-06-08', {
          title: 'Dam inspected',
          status: 'confirmed',
          excerpts: [{ source: 'report', quote: 'They found it intact.' }],
        }),
      ],
    });
    expect(citationText(store, store.events[0]!, 'en', null, DEFAULT)).toBe(
      'Dam inspected. 8 June 2019. Status: confirmed. Sources: Commission report. ' +
        'Store: https://sourceline.example/data/events.json. Sourceline.',
    );
    const reported = { ...store.events[0]!, status: 'reported' as const };
    expect(citationText(store, reported, 'es', null, DEFAULT)).toContain(
      'Estado: denunciado. Fuentes:',
    );
  });
});
