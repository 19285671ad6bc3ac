import type { DraftDocument } from '../model/draft-document';
import { serializeStore, storeFileName } from '../model/serialize-store';

export function downloadStore(document: DraftDocument) {
  const blob = new Blob([serializeStore(document)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = storeFileName(document.title);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface WritableFile {
  name: string;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<WritableFile>;

/** File System Access: where the browser has it, Save writes the store back to one file. */
export const canSaveToFile = () => typeof window !== 'undefined' && 'showSaveFilePicker' in window;

const handles = new Map<string, WritableFile>();

export async function saveToFile(draftId: string, document: DraftDocument): Promise<string | null> {
  let handle = handles.get(draftId);
  if (!handle) {
    const pick = (window as unknown as { showSaveFilePicker: SavePicker }).showSaveFilePicker;
    try {
      handle = await pick({
        suggestedName: storeFileName(document.title),
        types: [{ description: 'Sourceline store', accept: { 'application/json': ['.json'] } }],
      });
    } catch {
      return null; // the person closed the picker
    }
    handles.set(draftId, handle);
  }
  const writable = await handle.createWritable();
  await writable.write(serializeStore(document));
  await writable.close();
  return handle.name;
}
