import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('names an ASCII file plainly and a Lithuanian one in UTF-8 too', () => {
    expect(attachmentDisposition('essay.pdf')).toBe(`attachment; filename="essay.pdf"; filename*=UTF-8''essay.pdf`);
    expect(attachmentDisposition('Užduotis (1).docx')).toBe(
      `attachment; filename="U_duotis (1).docx"; filename*=UTF-8''U%C5%BEduotis%20%281%29.docx`,
    );
  });

  it('cannot be broken out of with quotes', () => {
    expect(attachmentDisposition('a".pdf')).toContain('filename="a_.pdf"');
  });
});
