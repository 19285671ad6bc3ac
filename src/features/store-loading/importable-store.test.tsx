// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang } from '../../i18n/catalogue';
import { useViewStore } from '../../lib/view-store';
import { ImportableReason } from './importable-store';

afterEach(() => {
  cleanup();
  act(() => useViewStore.setState({ lang: 'en' }));
});

const reason = () =>
  render(<ImportableReason importable={{ format: 'csv', container: 'xlsx' }} canImport />);

describe('the notice of a file that can be imported', () => {
  it('names the file as the importers do, in English', () => {
    act(() => useViewStore.setState({ lang: 'en' }));
    reason();
    expect(screen.getByText(/^This is a spreadsheet \(Excel \.xlsx\) file, not a Sourceline/));
  });

  it('names it in Spanish in the Spanish interface, once its words are in', async () => {
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es' }));
    reason();
    expect(
      await screen.findByText(
        /^Es un archivo de tipo hoja de cálculo \(Excel \.xlsx\), no un almacén de Sourceline/,
      ),
    ).toBeTruthy();
  });
});
