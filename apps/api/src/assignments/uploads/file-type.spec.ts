import { SAMPLE_FILES, WRONG_FILES, zipArchive } from '../../../test/support/files';
import { detectFileType } from './file-type';
import { zipEntryNames } from './zip-entry-names';

describe('recognising uploads by their content', () => {
  it.each([
    ['pdf', 'application/pdf'],
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['odt', 'application/vnd.oasis.opendocument.text'],
  ] as const)('recognises %s', (kind, mediaType) => {
    expect(detectFileType(SAMPLE_FILES[kind])).toBe(mediaType);
  });

  it.each(Object.keys(WRONG_FILES) as (keyof typeof WRONG_FILES)[])('refuses %s', (kind) => {
    expect(detectFileType(WRONG_FILES[kind])).toBeNull();
  });

  it('refuses empty and tiny files', () => {
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
    expect(detectFileType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectFileType(Buffer.from('PK\x03\x04', 'latin1'))).toBeNull();
  });
});

describe('ZIP entry names', () => {
  it('lists the entries of an archive', () => {
    const archive = zipArchive([
      { name: 'a.txt', content: 'a' },
      { name: 'dir/ž.xml', content: '<x/>' },
    ]);
    expect(zipEntryNames(archive)).toEqual(['a.txt', 'dir/ž.xml']);
  });

  it('gives null for what is not a whole archive', () => {
    expect(zipEntryNames(Buffer.from('not a zip'))).toBeNull();
    const archive = zipArchive([{ name: 'a.txt', content: 'a' }]);
    expect(zipEntryNames(archive.subarray(0, archive.length - 30))).toBeNull();
    const pointingOutside = Buffer.from(archive);
    pointingOutside.writeUInt32LE(archive.length + 100, archive.length - 6);
    expect(zipEntryNames(pointingOutside)).toBeNull();
  });
});
