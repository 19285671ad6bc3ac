import {
  type ConvertedFile,
  type ImportTarget,
  importActions as session,
} from '../../../lib/import/import-session';
import { registerFile } from '../api/get-store';
import { storeScreen } from '../api/store-screen';
import { rememberImport } from './imported-reports';
import type { StoreSource } from '../../../lib/store-source';
import { linkFromState, useViewStore, viewActions } from '../../../lib/view-store';

/**
 * Opens an imported store. The document at the address of the link on screen (refused as a
 * store, imported instead) takes the link's view, its event, window, filters and search,
 * checked against it as a link's are, in a new history entry: Back returns to the link.
 */
function openImported(source: StoreSource) {
  const view = useViewStore.getState();
  const address = source.kind === 'file' ? source.address : undefined;
  if (
    address !== undefined &&
    view.pendingReconcile &&
    view.storeSource.kind === 'url' &&
    view.storeSource.url === address
  ) {
    const ignored = view.notices.find((notice) => notice.kind === 'ignored-link')?.ignored;
    viewActions.openLink(linkFromState(view), ignored ?? [], 'push', source);
  } else {
    storeScreen.open(source);
  }
}

/** The explorer's import: the store, converted or not, opened like any file. */
const EXPLORER: ImportTarget = {
  openStore(file, address) {
    openImported(registerFile(file, file.name, address));
  },
  /** Validated, with its report panel, which lists what the importer dropped. */
  openConverted({ verdict, file, store, address }: ConvertedFile) {
    // Named as the person's file (a spreadsheet, a TimelineJS export), not as its conversion:
    // the page, the citation and the exports say which file the timeline came from.
    const source = registerFile(store, file.name, address);
    rememberImport(source, {
      format: verdict.format,
      ...(verdict.container ? { container: verdict.container } : {}),
      droppedItems: verdict.counts.droppedItems,
      leftOutFields: verdict.counts.leftOutFields,
      notes: verdict.notes.filter((note) => note.kind === 'dropped'),
    });
    openImported(source);
  },
};

export { useImport } from '../../../lib/import/import-session';

export const importActions = {
  ...session,
  /**
   * A file from Open store… or a drop, or fetched from its `address` (as the link gave it),
   * which `baseUrl` is where it was found at.
   */
  openFile: (file: File, fetched?: { baseUrl?: string; address?: string }) =>
    session.openFile(file, EXPLORER, fetched),
  /** A document at an address refused as a store, in a format the app imports (see the session). */
  openUrl: (address: string) => session.openUrl(address, EXPLORER),
};
