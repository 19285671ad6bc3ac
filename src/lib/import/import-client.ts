import type { ConvertOptions } from '../../format/convert/outcome';
import type { ImportProgress, ImportReply, ImportVerdict } from './import-protocol';

/**
 * Converts a file in a Web Worker. `onProgress` gets each step, with the bytes read; aborting the signal
 * terminates the worker at once (Cancel in the dialog).
 */
export function convertInWorker(
  file: File,
  options: ConvertOptions,
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportVerdict> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'importer',
    });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The import was cancelled.', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (message: MessageEvent<ImportReply>) => {
      const reply = message.data;
      if (reply.type === 'progress')
        onProgress({ stage: reply.stage, loaded: reply.loaded, total: reply.total });
      else if (reply.type === 'done') {
        finish();
        resolve(reply.verdict);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // For developers: the Import dialog says the importer stopped in the reader's language.
      reject(new Error(event.message || 'The importer failed.'));
    };
    worker.postMessage({ file, name: file.name, options });
  });
}
