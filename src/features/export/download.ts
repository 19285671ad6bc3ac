/** Saves text as a file through the browser's download, without a round trip to a server. */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
