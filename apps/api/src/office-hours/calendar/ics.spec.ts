import { escapeText, foldLine, icsUtc, renderCalendar } from './ics';

/** Unfolds and splits as a calendar app reads it. */
function contentLines(text: string): string[] {
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

describe('ICS formatting', () => {
  it('writes UTC times in the Z form', () => {
    expect(icsUtc(new Date('2026-03-30T08:00:00.000Z'))).toBe('20260330T080000Z');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\nnext')).toBe('a\\,b\\;c\\\\d\\nnext');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const line = `SUMMARY:${'Konsultacija su Aiste Petrauskiene – ąčęėįšųūž '.repeat(4)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((piece) => piece.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('renders a calendar with CRLF line ends and one VEVENT per event', () => {
    const text = renderCalendar({
      name: 'Klasteris: office hours',
      events: [
        {
          uid: 'booking-1@klasteris',
          start: new Date('2026-03-30T08:00:00Z'),
          end: new Date('2026-03-30T08:30:00Z'),
          stamp: new Date('2026-03-01T10:00:00Z'),
          sequence: 2,
          summary: 'Office hours, Ingrid',
          description: 'Question: how, exactly?',
          status: 'CONFIRMED',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:2.0',
        'X-WR-CALNAME:Klasteris: office hours',
        'UID:booking-1@klasteris',
        'DTSTAMP:20260301T100000Z',
        'DTSTART:20260330T080000Z',
        'DTEND:20260330T083000Z',
        'SEQUENCE:2',
        'SUMMARY:Office hours\\, Ingrid',
        'DESCRIPTION:Question: how\\, exactly?',
      ]),
    );
  });
});
