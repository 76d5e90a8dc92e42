import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { DROP_REASONS } from '../../src/corpus/drop-reasons.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';
import { PAGE_LINE_LABEL, pageLineKind, pageLinesOf } from '../../src/corpus/page-lines.js';

const PAGE = [
  'Skip to content',
  'Harbour gate opens after decade of delays',
  'By Ana Ruiz',
  'March 5, 2021',
  'The new harbour gate in Saltgate opened on Tuesday after ten years of construction.',
  'Readers queue outside the reading room on the first\nmorning of the new hours.\nPhoto by Sam Okafor',
  'Mayor Lena Ito cuts the ribbon at the gate on Tuesday. Jan Berg/Kestrel Courier',
  'Mayor Lena Ito cuts the ribbon at the gate on Tuesday. Jan Berg/Kestrel Courier',
  'The gate protects four hundred homes from storm surges, the engineers said.',
  '© 2021 Kestrel Courier',
].join('\n\n');

describe('page lines: informative furniture kept with its kind', () => {
  const cleaned = cleanArticle(PAGE);
  const lines = pageLinesOf(cleaned.dropped);

  it('keeps the byline, the dateline, captions and credits, in file order, each once', () => {
    expect(lines).toEqual([
      { kind: 'byline', text: 'By Ana Ruiz' },
      { kind: 'dateline', text: 'March 5, 2021' },
      {
        kind: 'caption',
        text: 'Readers queue outside the reading room on the first morning of the new hours.',
      },
      { kind: 'credit', text: 'Photo by Sam Okafor' },
      {
        kind: 'caption',
        text: 'Mayor Lena Ito cuts the ribbon at the gate on Tuesday. Jan Berg/Kestrel Courier',
      },
    ]);
  });

  it('never puts a page line in the article text (furniture is still never quoted as reporting)', () => {
    for (const line of lines) expect(cleaned.text).not.toContain(line.text);
  });

  it('leaves out navigation and copyright lines, which say nothing about the article', () => {
    expect(lines.map((line) => line.text)).not.toContain('Skip to content');
    expect(lines.map((line) => line.text).join(' ')).not.toContain('©');
    expect(pageLineKind('navigation')).toBeNull();
    expect(pageLineKind('copyright notice')).toBeNull();
    expect(pageLineKind('correction date')).toBeNull();
  });

  it('keeps exactly the credits, captions, bylines and datelines among every drop reason', () => {
    const kept = DROP_REASONS.filter((reason) => pageLineKind(reason) !== null);
    expect(kept.sort()).toEqual(
      [
        'byline',
        'byline or time stamp',
        "byline's job title",
        'date line',
        'dateline',
        'photo caption',
        'photo caption or credit',
        'photo credit',
        'time stamp',
        'staff credits',
        'wire dateline',
      ].sort(),
    );
  });

  it('reads a time stamp without an author as a dateline, one with an author as a byline', () => {
    const stamped = cleanArticle(
      'Voters approve bond\n\nPublished January 15, 2021 | Updated January 16, 2021\n\nVoters approved the bond on Tuesday.',
    );
    expect(pageLinesOf(stamped.dropped)).toEqual([
      { kind: 'dateline', text: 'Published January 15, 2021 | Updated January 16, 2021' },
    ]);
    const credited = cleanArticle(
      'Voters approve bond\n\nKestrel Courier · Ana Ruiz · March 5, 2021\n\nVoters approved the bond on Tuesday.',
    );
    expect(pageLinesOf(credited.dropped)).toEqual([
      { kind: 'byline', text: 'Kestrel Courier · Ana Ruiz · March 5, 2021' },
    ]);
  });

  it('takes a Markdown image’s alt text as its caption, named so by validate and page answers alike', () => {
    const { dropped } = extractMarkdown(
      'The gate opened.\n\n![Crowds at the opening](gate.jpg "Opening day")\n\n![](gate.jpg)\n',
    );
    expect(dropped).toEqual([
      { line: '![Crowds at the opening](gate.jpg "Opening day")', reason: 'photo caption' },
      { line: '![](gate.jpg)', reason: 'image' },
    ]);
    const lines = pageLinesOf(dropped);
    expect(lines).toEqual([{ kind: 'caption', text: 'Crowds at the opening' }]);
    expect(PAGE_LINE_LABEL[lines[0]?.kind ?? 'byline']).toBe(dropped[0]?.reason);
  });

  it('reads a wire story’s staff credits as credits and a wire dateline as a dateline', () => {
    expect(pageLineKind('staff credits')).toBe('credits');
    expect(pageLineKind('wire dateline')).toBe('dateline');
    expect(pageLineKind('byline or time stamp')).toBe('byline');
  });
});
