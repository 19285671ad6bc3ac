import { storeFileName } from '../model/serialize-store';

/** Downloads a store file's text (model/store-file.ts), named after the store's title. */
export function downloadStore(text: string, title: string) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = storeFileName(title);
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

export async function saveToFile(
  draftId: string,
  text: string,
  title: string,
): Promise<string | null> {
  let handle = handles.get(draftId);
  if (!handle) {
    const pick = (window as unknown as { showSaveFilePicker: SavePicker }).showSaveFilePicker;
    try {
      handle = await pick({
        suggestedName: storeFileName(title),
        types: [{ description: 'Sourceline store', accept: { 'application/json': ['.json'] } }],
      });
    } catch {
      return null; // the person closed the picker
    }
    handles.set(draftId, handle);
  }
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
  return handle.name;
}
