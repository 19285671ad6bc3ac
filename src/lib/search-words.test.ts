import { beforeAll, describe, expect, it } from 'vitest';
import {
  foldText,
  highlightPieces,
  indexTerms,
  queryTerms,
  queryTokens,
  tokenize,
} from './event-search';
import { loadSearchEngine, searchEvents, searchHits } from './search-service';
import type { StoreIndex } from './store-index';
import { fixtureEvent, fixtureIndex } from './testing/fixture-store';

// Scripts written without spaces between words: a word in the middle of a sentence is
// found, and marked, as one at its start is.

beforeAll(() => loadSearchEngine());

const store = fixtureIndex({
  events: [
    fixtureEvent('tiananmen', '1949-10-01', { summary: '毛泽东在天安门宣布。' }),
    fixtureEvent('tokyo-talks', '2020-01-01', { summary: '東京で首脳会談を行いました。' }),
    fixtureEvent('bangkok-agreement', '2021-01-01', {
      summary: 'กระทรวงการต่างประเทศประกาศว่าทั้งสองฝ่ายได้ลงนามข้อตกลง',
    }),
    fixtureEvent('beijing-visit', '2022-01-01', {
      title: 'Kim Jong Un visits Beijing',
      summary: 'Kim Jong Un在北京会见了习近平。',
    }),
    fixtureEvent('seoul-summit', '2023-01-01', { summary: '서울에서 정상회담이 열렸다.' }),
  ],
});
const search = (query: string, index: StoreIndex = store) =>
  searchEvents(index, index.events, query)!.map((event) => event.id);
/** The marked parts of `text` when `query` is searched in `store`. */
const marked = (text: string, query: string) =>
  highlightPieces(text, searchHits(store, query)!.terms)
    .filter((piece) => piece.match)
    .map((piece) => piece.text);

describe('Chinese', () => {
  it('finds a word in the middle of a sentence, not only at its start', () => {
    expect(search('天安门')).toEqual(['tiananmen']);
    expect(search('毛泽东')).toEqual(['tiananmen']);
    expect(search('宣布')).toEqual(['tiananmen']);
    // Any stretch of two characters or more, and a single character anywhere.
    expect(search('东在天')).toEqual(['tiananmen']);
    expect(search('门')).toEqual(['tiananmen']);
    expect(search('布')).toEqual(['tiananmen']);
  });

  it('requires the whole query: a longer word, or one not in the text, is not found', () => {
    expect(search('天安门广场')).toEqual([]);
    expect(search('上海')).toEqual([]);
    // Every word of the query, as in English.
    expect(search('天安门 北京')).toEqual([]);
  });
});

describe('Japanese', () => {
  it('finds kanji, kana and mixed words inside a sentence', () => {
    expect(search('会談')).toEqual(['tokyo-talks']);
    expect(search('首脳会談')).toEqual(['tokyo-talks']);
    expect(search('行いました')).toEqual(['tokyo-talks']);
    expect(search('ました')).toEqual(['tokyo-talks']);
    expect(search('会談を行い')).toEqual(['tokyo-talks']);
    expect(search('会談を中止')).toEqual([]);
  });

  it('folds voicing marks as it folds accents', () => {
    expect(foldText('が')).toBe('か');
    const index = fixtureIndex({
      events: [fixtureEvent('school', '2020-01-01', { summary: '学校（がっこう）へ行く' })],
    });
    expect(search('がっこう', index)).toEqual(['school']);
    expect(search('かっこう', index)).toEqual(['school']);
  });

  it('finds a word in katakana written in hiragana, and the other way round, and marks it', () => {
    const index = fixtureIndex({
      events: [
        fixtureEvent('russia', '2020-01-01', { summary: 'ロシアの大統領が訪問した。' }),
        fixtureEvent('hiragana', '2021-01-01', { summary: 'ぴょんやんで会談した。' }),
      ],
    });
    expect(search('ろしあ', index)).toEqual(['russia']);
    expect(search('ロシア', index)).toEqual(['russia']);
    expect(search('ピョンヤン', index)).toEqual(['hiragana']);
    const hits = searchHits(index, 'ろしあ')!;
    expect(
      highlightPieces('ロシアの大統領が訪問した。', hits.terms)
        .filter((piece) => piece.match)
        .map((piece) => piece.text),
    ).toEqual(['ロシア']);
  });
});

describe('Thai', () => {
  it('finds a word in a sentence written without spaces, tone marks and vowel signs or not', () => {
    expect(search('ข้อตกลง')).toEqual(['bangkok-agreement']);
    expect(search('ลงนาม')).toEqual(['bangkok-agreement']);
    expect(search('ประเทศ')).toEqual(['bangkok-agreement']);
    expect(search('ขอตกลง')).toEqual(['bangkok-agreement']);
    expect(search('ข้อตกลงการค้า')).toEqual([]);
  });
});

describe('Korean', () => {
  it('finds a word inside a compound or with a particle attached to it', () => {
    expect(search('서울')).toEqual(['seoul-summit']);
    expect(search('정상회담')).toEqual(['seoul-summit']);
    expect(search('회담')).toEqual(['seoul-summit']);
    expect(search('부산')).toEqual([]);
  });
});

describe('English and Chinese together', () => {
  it('splits a Latin word from the Chinese written against it', () => {
    expect(search('kim 北京')).toEqual(['beijing-visit']);
    expect(search('Kim在北京')).toEqual(['beijing-visit']);
    expect(search('习近平 beijing')).toEqual(['beijing-visit']);
    // English words keep their prefixes and typos.
    expect(search('北京 visi')).toEqual(['beijing-visit']);
    expect(search('北京 bejing')).toEqual(['beijing-visit']);
    expect(search('北京 moscow')).toEqual([]);
  });

  it('splits the query as it splits the text', () => {
    expect(queryTokens('Kim在北京')).toEqual(['kim', '在北', '北京']);
    expect(queryTokens('门')).toEqual(['门']);
    expect(indexTerms('Kim在北京。')).toEqual(['kim', '在北', '北京', '京']);
    // Without any such script, words are what they were.
    for (const text of [
      '  Kim, Jong-Un! ',
      'Asociación ESTRATÉGICA',
      '“Pionyang”',
      'Ωmega İstanbul',
    ]) {
      expect(queryTokens(text)).toEqual(queryTerms(text));
      expect(indexTerms(text)).toEqual(tokenize(foldText(text)));
    }
  });
});

describe('highlighting', () => {
  it('marks the Chinese word that matched, in the middle of the sentence', () => {
    const text = '毛泽东在天安门宣布。';
    expect(marked(text, '天安门')).toEqual(['天安门']);
    const pieces = highlightPieces(text, searchHits(store, '天安门')!.terms);
    expect(pieces).toEqual([
      { text: '毛泽东在', match: false },
      { text: '天安门', match: true },
      { text: '宣布。', match: false },
    ]);
    expect(marked(text, '门')).toEqual(['门']);
    expect(marked(text, '毛泽东 宣布')).toEqual(['毛泽东', '宣布']);
  });

  it('marks the whole query where it stands, not stray pairs of it', () => {
    // ข้อตกลง's last pair, ลง, also begins ลงนาม: only ข้อตกลง is marked, marks kept.
    const text = 'กระทรวงการต่างประเทศประกาศว่าทั้งสองฝ่ายได้ลงนามข้อตกลง';
    expect(marked(text, 'ข้อตกลง')).toEqual(['ข้อตกลง']);
    expect(marked('東京で首脳会談を行いました。', '会談')).toEqual(['会談']);
  });

  it('marks English and Chinese written against each other', () => {
    const text = 'Kim Jong Un在北京会见了习近平。';
    expect(marked(text, 'kim 北京')).toEqual(['Kim', '北京']);
    const pieces = highlightPieces(text, searchHits(store, 'kim在北京')!.terms);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual([
      'Kim',
      '在北京',
    ]);
  });
});
