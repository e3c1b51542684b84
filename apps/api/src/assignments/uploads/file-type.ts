/**
 * What an uploaded file is, judged by its content (magic bytes), never by
 * its name or the type the browser claimed. Only the types of
 * SUBMISSION_FILE_TYPES are recognised; anything else is null.
 */
import type { SubmissionFileType } from '@klasteris/contracts';

import { zipEntryNames } from './zip-entry-names';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL_FILE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';

export function detectFileType(bytes: Buffer): SubmissionFileType | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP_LOCAL_FILE)) return officeDocumentType(bytes);
  return null;
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

function officeDocumentType(bytes: Buffer): SubmissionFileType | null {
  const names = zipEntryNames(bytes);
  if (names === null) return null;
  const entries = new Set(names);
  // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type.
  if (firstEntryIsOdtMimetype(bytes) && entries.has('content.xml')) return 'application/vnd.oasis.opendocument.text';
  // Word with macros (.docm) carries a VBA project: not accepted.
  if (entries.has('[Content_Types].xml') && entries.has('word/document.xml') && !entries.has('word/vbaProject.bin')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

function firstEntryIsOdtMimetype(bytes: Buffer): boolean {
  if (bytes.length < 30) return false;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const dataStart = 30 + nameLength + extraLength;
  if (method !== 0 || bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return false;
  return size === ODT_MEDIA_TYPE.length && bytes.toString('latin1', dataStart, dataStart + size) === ODT_MEDIA_TYPE;
}
