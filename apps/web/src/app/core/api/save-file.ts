/**
 * Hands a downloaded Blob to the browser as a file. Protected files come
 * through the API client (they need the bearer token), so a plain link
 * cannot fetch them.
 */
export function saveFile(document: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
