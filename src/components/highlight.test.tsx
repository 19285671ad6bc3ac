// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSearchEngine, searchHits } from '../lib/search-service';
import { fixtureEvent, fixtureIndex } from '../lib/testing/fixture-store';
import { Highlight } from './highlight';

beforeAll(() => loadSearchEngine());
afterEach(cleanup);

const summary = '毛泽东在天安门宣布。Mao spoke at Tiananmen.';
const store = fixtureIndex({
  events: [fixtureEvent('tiananmen', '1949-10-01', { summary })],
});

describe('Highlight', () => {
  it('marks what a Chinese query matched in the middle of a sentence, and keeps the text', () => {
    const { container } = render(
      <p>
        <Highlight text={summary} terms={searchHits(store, '天安门 tiananmen')!.terms} />
      </p>,
    );
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['天安门', 'Tiananmen']);
    expect(container.textContent).toBe(summary);
  });
});
