/** The "my data" page, pure: the export's file name and the typed e-mail that confirms erasure. */

/**
 * The file name from a Content-Disposition header (`filename*=UTF-8''…`
 * preferred, then `filename="…"`), reduced to a safe base name; otherwise
 * `klasteris-<date>.json` for the given day.
 */
export function exportFileName(contentDisposition: string | null, today: Date): string {
  const named = contentDisposition ? fileNameFrom(contentDisposition) : null;
  const safe = named?.replace(/[/\\]/g, '_').replace(/^\.+/, '').trim();
  return safe ? safe : `klasteris-${today.toISOString().slice(0, 10)}.json`;
}

function fileNameFrom(header: string): string | null {
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  return plain ? (plain[1] ?? plain[2]).trim() : null;
}

/** True when what was typed is the account's e-mail address (spaces around and letter case ignored). */
export function confirmsEmail(typed: string, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return wanted !== '' && typed.trim().toLowerCase() === wanted;
}
