import { describe, expect, it } from 'vitest';
import type { DraftActor, DraftEvent, DraftSource } from './draft-document';
import {
  actorFindText,
  eventFindText,
  findWords,
  foundPositions,
  hasFindBox,
  holdsWords,
  readFindTextAhead,
  rememberedFindText,
  sourceFindText,
} from './list-find';

const event = (fields: Partial<DraftEvent> & { id: string }): DraftEvent => ({
  title: fields.id,
  start: '',
  actors: [],
  excerpts: [],
  ...fields,
});

const names = new Map([
  ['kim', 'Kim Jong Un'],
  ['russia', 'Rusia'],
]);

/** Whether the event is found by what was typed, in the English editor. */
const findsEvent = (typed: string, found: DraftEvent) =>
  holdsWords(eventFindText(found, names, 'en'), findWords(typed));

describe('hasFindBox', () => {
  it('gives a list a box once it is longer than a glance, and keeps it while words are in it', () => {
    expect(hasFindBox(8, '')).toBe(false);
    expect(hasFindBox(9, '')).toBe(true);
    // Deleting rows while finding must not take the box, and its words, away.
    expect(hasFindBox(3, 'kim')).toBe(true);
    expect(hasFindBox(0, ' ')).toBe(true);
  });
});

describe('findWords', () => {
  it('folds case and accents and splits on spaces; spaces alone are no words', () => {
    expect(findWords('  Pionyang  ÉXITO ')).toEqual(['pionyang', 'exito']);
    expect(findWords('   ')).toEqual([]);
  });
});

describe('eventFindText', () => {
  const treaty = event({
    id: 'treaty-2024',
    title: 'Firma del tratado en Pionyang',
    start: '2024-06-19',
    actors: ['kim', 'russia', 'gone'],
    tags: ['defensa mutua'],
  });

  it('finds by words of the title in any order, case and accents aside', () => {
    expect(findsEvent('pionyang firma', treaty)).toBe(true);
    expect(findsEvent('TRATADO', treaty)).toBe(true);
    expect(findsEvent('tratado vladivostok', treaty)).toBe(false);
  });

  it('finds by the id, the date as listed and as written, actors’ names and tags', () => {
    expect(findsEvent('treaty-2024', treaty)).toBe(true);
    expect(findsEvent('19 june 2024', treaty)).toBe(true);
    expect(findsEvent('2024-06', treaty)).toBe(true);
    expect(findsEvent('kim jong', treaty)).toBe(true);
    expect(findsEvent('rusia', treaty)).toBe(true);
    // An actor id no actor of the draft has is found by the id it names.
    expect(findsEvent('gone', treaty)).toBe(true);
    expect(findsEvent('mutua', treaty)).toBe(true);
    expect(findsEvent('march', treaty)).toBe(false);
  });

  it('reads the date in the editor’s language', () => {
    const spanish = eventFindText(treaty, names, 'es');
    expect(holdsWords(spanish, findWords('junio'))).toBe(true);
    expect(holdsWords(spanish, findWords('june'))).toBe(false);
  });

  it('finds letters people type another way, as the explorer’s search does', () => {
    expect(findsEvent('lodz', event({ id: 'e', title: 'Protest in Łódź' }))).toBe(true);
  });

  it('reads what a store opened as it came holds, whatever its type', () => {
    const odd = { id: 'odd', title: 7, start: null, actors: 'kim', tags: [3, 'Ok'] };
    const text = eventFindText(odd as unknown as DraftEvent, names, 'en');
    expect(holdsWords(text, findWords('odd ok'))).toBe(true);
    expect(holdsWords(text, findWords('kim'))).toBe(false);
  });
});

describe('sourceFindText and actorFindText', () => {
  const source: DraftSource = {
    id: 'src-1',
    title: 'Reunión en el Kremlin',
    language: 'es',
    publisher: 'Agencia EFE',
    url: 'https://example.org/reports/21',
    text: 'Un pasaje que no se busca.',
  };
  it('finds a source by its title, publisher and address, not its text', () => {
    expect(holdsWords(sourceFindText(source), findWords('reunion'))).toBe(true);
    expect(holdsWords(sourceFindText(source), findWords('efe'))).toBe(true);
    expect(holdsWords(sourceFindText(source), findWords('example.org/reports'))).toBe(true);
    expect(holdsWords(sourceFindText(source), findWords('pasaje'))).toBe(false);
  });

  const actor: DraftActor = { id: 'dprk', name: 'Corea del Norte', kind: 'state' };
  it('finds an actor by its name and its id, not its kind', () => {
    expect(holdsWords(actorFindText(actor), findWords('corea norte'))).toBe(true);
    expect(holdsWords(actorFindText(actor), findWords('DPRK'))).toBe(true);
    expect(holdsWords(actorFindText(actor), findWords('state'))).toBe(false);
  });
});

describe('foundPositions', () => {
  const events = [
    event({ id: 'a', title: 'Summit in Vladivostok' }),
    event({ id: 'b', title: 'Treaty signed' }),
    event({ id: 'c', title: 'Second summit' }),
  ];
  const textOf = (item: DraftEvent) => eventFindText(item, names, 'en');

  it('keeps the positions that hold every word, in the order given', () => {
    expect(foundPositions(events, [2, 1, 0], findWords('summit'), textOf)).toEqual([2, 0]);
    expect(foundPositions(events, [0, 1, 2], findWords('summit second'), textOf)).toEqual([2]);
    expect(foundPositions(events, [0, 1, 2], findWords('none'), textOf)).toEqual([]);
  });

  it('keeps every position, the same list, with no words', () => {
    const all = [0, 1, 2];
    expect(foundPositions(events, all, [], textOf)).toBe(all);
  });
});

describe('rememberedFindText', () => {
  it('reads an item once, and an edited item (a new object) again', () => {
    let reads = 0;
    const textOf = rememberedFindText((item: DraftActor) => {
      reads++;
      return actorFindText(item);
    });
    const actor: DraftActor = { id: 'kim', name: 'Kim', kind: 'person' };
    textOf(actor);
    expect(textOf(actor)).toBe('kim\nkim');
    expect(reads).toBe(1);
    expect(textOf({ ...actor, name: 'Kim Jong Un' })).toContain('kim jong un');
    expect(reads).toBe(2);
  });
});

describe('readFindTextAhead', () => {
  const actors: DraftActor[] = Array.from({ length: 200 }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'person',
  }));

  it('reads items from where it stopped until its time is up, and says where it stopped', () => {
    let clock = 0;
    const read: string[] = [];
    const textOf = (actor: DraftActor) => {
      read.push(actor.id);
      return actorFindText(actor);
    };
    // Each item read takes a millisecond; the clock is looked at every 64 items.
    const tick = (actor: DraftActor) => {
      clock += 1;
      return textOf(actor);
    };
    const stopped = readFindTextAhead(actors, tick, 10, 50, () => clock);
    expect(stopped).toBe(10 + 64);
    expect(read[0]).toBe('a10');
    expect(readFindTextAhead(actors, tick, stopped, 1_000, () => clock)).toBe(actors.length);
    expect(new Set(read).size).toBe(actors.length - 10);
  });

  it('warms a remembered text: the first search reads nothing again', () => {
    let reads = 0;
    const textOf = rememberedFindText((actor: DraftActor) => {
      reads++;
      return actorFindText(actor);
    });
    readFindTextAhead(actors, textOf, 0, Infinity);
    expect(reads).toBe(actors.length);
    const found = foundPositions(
      actors,
      actors.map((_, i) => i),
      findWords('actor 19'),
      textOf,
    );
    // Actors 19, 119 and 190 to 199: parts of words count.
    expect(found.length).toBe(12);
    expect(reads).toBe(actors.length);
  });
});
