/**
 * The file names inside a ZIP archive, read from its central directory
 * (without unpacking anything), so DOCX and ODT can be told from any ZIP.
 * Returns null for what is not a well-formed, non-ZIP64 archive.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ENTRY_HEADER_SIZE = 46;

export function zipEntryNames(bytes: Buffer, maxEntries = 10_000): string[] | null {
  const end = findEndRecord(bytes);
  if (end === null) return null;
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: an upload within our limits never needs them.
  if (count === 0xffff || directoryOffset === 0xffffffff || count > maxEntries) return null;
  const names: string[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + ENTRY_HEADER_SIZE > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
      return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const nameEnd = offset + ENTRY_HEADER_SIZE + nameLength;
    if (nameEnd > bytes.length) return null;
    names.push(bytes.toString('utf8', offset + ENTRY_HEADER_SIZE, nameEnd));
    offset = nameEnd + extraLength + commentLength;
  }
  return names;
}

function findEndRecord(bytes: Buffer): number | null {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT_LENGTH);
  for (let offset = bytes.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return null;
}
