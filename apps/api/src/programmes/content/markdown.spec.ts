import { renderInlineMarkdown, renderMarkdown } from './markdown';

describe('Markdown rendering', () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = renderMarkdown('## Partnerystė\n\n**Svarbu**: [daugiau](https://example.org/a)\n\n- vienas\n- du');
    expect(html).toContain('<h2>Partnerystė</h2>');
    expect(html).toContain('<strong>Svarbu</strong>');
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">daugiau</a>');
    expect(html).toContain('<li>vienas</li>');
  });

  it.each([
    ['a script tag', 'Hello <script>alert(1)</script> world', /<script|alert\(1\)/],
    ['an event handler', '<img src="https://example.org/x.png" onerror="alert(1)">', /onerror/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['an encoded javascript: link', '<a href="jav&#x61;script:alert(1)">x</a>', /javascript|href/i],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['a style attribute', '<p style="position:fixed">x</p>', /style/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /iframe/],
    ['a protocol-relative link', '[x](//evil.example/)', /evil/],
  ])('removes %s', (_what, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('keeps the text around what it removes', () => {
    expect(renderMarkdown('Hello <script>alert(1)</script> world')).toBe('<p>Hello  world</p>');
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe(
      '<p><a rel="noopener noreferrer nofollow">click</a></p>',
    );
  });

  it('renders a title inline, without paragraphs or headings', () => {
    expect(renderInlineMarkdown('Socialinė *partnerystė*')).toBe('Socialinė <em>partnerystė</em>');
    expect(renderInlineMarkdown('# Not a heading <b onclick="x()">bold</b>')).toBe('# Not a heading bold');
  });
});
