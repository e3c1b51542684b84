/**
 * A file part of a multipart request, as multer's memory storage hands it
 * over: nothing is on disk until a service has checked it and stores it.
 */
export interface UploadedFilePart {
  /** The name the browser sent; only ever shown back, never used as a path. */
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The uploaded name cut down to something safe to show and to send back in a header. */
export function displayName(originalName: string): string {
  const base = originalName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(0, 255) || 'file';
}
