// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../format/problems';
import { loadLang } from '../../i18n/catalogue';
import { useViewStore } from '../../lib/view-store';
import { ProblemList } from './problem-list';

afterEach(() => {
  cleanup();
  act(() => useViewStore.setState({ lang: 'en' }));
});

const PROBLEMS: Problem[] = [
  {
    severity: 'dropped',
    path: 'events[4].actors[0]',
    message: 'unknown actor; the event dropped',
    expected: 'the id of an actor in this store',
    value: '"atlantis"',
  },
];

describe('the store report’s list of problems', () => {
  it('says them in the validator’s English in the English interface', () => {
    render(<ProblemList problems={PROBLEMS} labelledBy="x" />);
    expect(
      screen.getByText(
        'events[4].actors[0]: unknown actor; the event dropped (found "atlantis"); expected the id of an actor in this store',
      ),
    ).toBeTruthy();
  });

  it('says them in Spanish in the Spanish interface, once its words are in', async () => {
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es' }));
    render(<ProblemList problems={PROBLEMS} labelledBy="x" />);
    expect(
      await screen.findByText(
        'events[4].actors[0]: actor desconocido; se descarta el evento (se encontró "atlantis"); se esperaba el id de un actor de este almacén',
      ),
    ).toBeTruthy();
  });
});
