import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { paragraphsOfPage, type PlacedText } from '../../src/corpus/pdf-paragraphs.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A line of text at a baseline, in a type size (Helvetica). */
interface PdfLine {
  text: string;
  y: number;
  size: number;
}

/**
 * A one-page PDF (ISO 32000-1 §7.5: header, objects, cross-reference table, trailer) showing
 * `lines`, or no text at all, as a scanned page has none.
 */
function pdf(lines: PdfLine[]): Buffer {
  const content = lines
    .map(({ text, y, size }) => `BT /F1 ${size} Tf 72 ${y} Td (${text}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const run = (str: string, x: number, y: number, fontSize = 11): PlacedText => ({
  str,
  x,
  y,
  width: str.length * fontSize * 0.5,
  fontSize,
});

describe('paragraphs from where a PDF page places its text', () => {
  it('joins runs on a baseline, and starts a paragraph at a wider gap, a new type size or a new column', () => {
    expect(
      paragraphsOfPage([
        run('Orchard Saved', 72, 720, 18),
        run('The council voted to keep', 72, 690),
        // A run after a gap wider than a space is the next word; one touching it is not.
        run('the orchard', 72 + 25 * 5.5 + 3, 690),
        run(' as a park.', 72 + 36 * 5.5 + 3, 690),
        run('Residents cheered.', 72, 676),
        run('The developer will appeal.', 72, 648),
        run('A second column starts here.', 320, 720),
      ]),
    ).toEqual([
      'Orchard Saved',
      'The council voted to keep the orchard as a park.\nResidents cheered.',
      'The developer will appeal.',
      'A second column starts here.',
    ]);
  });

  it('splits paragraphs of one line each, set apart by more than the usual leading', () => {
    expect(
      paragraphsOfPage([
        run('First one.', 72, 700),
        run('Second one.', 72, 680),
        run('Third.', 72, 660),
      ]),
    ).toEqual(['First one.', 'Second one.', 'Third.']);
    expect(paragraphsOfPage([run('One line', 72, 700), run('of one paragraph.', 72, 687)])).toEqual(
      ['One line\nof one paragraph.'],
    );
  });
});

describe('two columns a PDF gives row by row', () => {
  it('reads each column whole, left then right, under a headline across the page', () => {
    // PDF.js fills the gutter between two runs on one baseline with a run of spaces as wide.
    const row = (left: string, right: string, y: number) => [
      run(left, 54, y),
      { str: ' ', x: 54 + left.length * 5.5, y, width: 320 - 54 - left.length * 5.5, fontSize: 11 },
      run(right, 320, y),
    ];
    expect(
      paragraphsOfPage([
        run('Lido to reopen in May', 54, 720, 18),
        ...row('The lido will reopen on 1 May', 'Its new heating keeps the water', 690),
        ...row('after a two-year repair.', 'at 24 degrees, the council said.', 676),
      ]),
    ).toEqual([
      'Lido to reopen in May',
      'The lido will reopen on 1 May\nafter a two-year repair.',
      'Its new heating keeps the water\nat 24 degrees, the council said.',
    ]);
  });
});

describe('a line ended where the next word would have fit', () => {
  it('is a paragraph of its own: a date line over the story at the body’s own leading', () => {
    const lines = [
      run('Press release, 13 March 2026', 72, 700),
      run('Penharrow Borough Council will review its grant to the museum after', 72, 687),
      run('the theft of The Salt Gatherers last weekend.', 72, 674),
      run('Councillors will meet on 25 March.', 72, 661),
    ];
    expect(paragraphsOfPage(lines)).toEqual([
      'Press release, 13 March 2026',
      [
        'Penharrow Borough Council will review its grant to the museum after',
        'the theft of The Salt Gatherers last weekend.',
      ].join('\n'),
      'Councillors will meet on 25 March.',
    ]);
    // A short line going on in lower case, or a next word too long for the room left, is wrapped.
    expect(
      paragraphsOfPage([
        run('The council said on Tuesday that it', 72, 700),
        run('would review the grant to the museum after the theft of the painting.', 72, 687),
        run('The review of the grant to the Corrow Museum of Art will take a month', 72, 674),
        run('Extraordinarily, nobody noticed.', 72, 661),
      ]),
    ).toEqual([
      [
        'The council said on Tuesday that it',
        'would review the grant to the museum after the theft of the painting.',
        'The review of the grant to the Corrow Museum of Art will take a month',
        'Extraordinarily, nobody noticed.',
      ].join('\n'),
    ]);
  });

  it('is wrapped when it ends one sentence and leaves the next unfinished', () => {
    // Wrapped by a count of characters, not by width: room is left at the line's end.
    const lines = [
      run('It was. For the eight days the street stood empty, Mrs Tarrow, now', 72, 700),
      run('81, stayed at home with her cat and a radio. Officers called on her every', 72, 687),
      run('day and her son drove over twice to try to change her mind.', 72, 674),
    ];
    expect(paragraphsOfPage(lines)).toEqual([lines.map((line) => line.str).join('\n')]);
    // A line of its own that is one phrase still stands apart.
    expect(
      paragraphsOfPage([run('Gazette feature, 2 March', 72, 700), lines[1] as PlacedText]),
    ).toEqual(['Gazette feature, 2 March', lines[1]?.str]);
  });
});

describe('a line ending in a word that needs the next', () => {
  // Wrapped by a count of characters: room is left at the short lines' end.
  const body = 'The clinic at the town library will open every weekday from nine.';
  const page = (...lines: string[]) =>
    paragraphsOfPage([...lines, body].map((line, i) => run(line, 72, 700 - 13 * i)));

  it.each([
    ['a preposition', 'The first letters to parents at', 'Fenwick Road Primary went out late.'],
    ['an article', 'The council said the', 'Corrow Museum of Art would reopen.'],
    ['a coordinator', 'The mayor thanked the nurses and', 'Dr Oakes thanked the parents.'],
    ['a title without its stop', 'The first case was confirmed at St', "Aldric's."],
    [
      'a title after a verb',
      'The clinic was opened by the mayor and Dr',
      'Miriam Oakes on Friday.',
    ],
    [
      'a word, before a figure going on',
      'Cllr Ann Pike said the council accepted all',
      '14 recommendations.',
    ],
  ])('is wrapped after %s', (_kind, first, second) => {
    expect(page(first, second)).toEqual([`${first}\n${second}`, body]);
  });

  it('still ends a line of its own: a street name, a heading', () => {
    expect(page('12 High St', 'Harrowmere')).toEqual(['12 High St', 'Harrowmere', body]);
    expect(page('What the review found')).toEqual(['What the review found', body]);
    // A year may open a sentence, and a stop ends a line on purpose before a figure.
    expect(page('What the review found', '1976 was drier.')).toEqual([
      'What the review found',
      '1976 was drier.',
      body,
    ]);
    expect(page('The review is out.', '14 recommendations were made.')).toEqual([
      'The review is out.',
      '14 recommendations were made.',
      body,
    ]);
  });
});

describe('PDF files (.pdf)', () => {
  it('reads the text layer as paragraphs; the headline is the title', async () => {
    const dir = await corpusOf({
      'orchard.pdf': pdf([
        { text: 'Orchard Saved From Sale', y: 720, size: 18 },
        { text: 'The Marlow council voted on Tuesday to keep the apple', y: 690, size: 11 },
        { text: 'orchard as a public park, ending a year of talks.', y: 676, size: 11 },
        { text: 'Residents had gathered 4,000 signatures against the sale.', y: 648, size: 11 },
      ]),
    });
    const corpus = await loadCorpus(dir);
    const [article] = corpus.articles;
    expect(article?.meta.title).toBe('Orchard Saved From Sale');
    expect(article?.text).toContain(
      'The Marlow council voted on Tuesday to keep the apple orchard as a public park, ending a year of talks.',
    );
    expect(article?.paragraphs.filter((paragraph) => paragraph.kind === 'body')).toHaveLength(2);
  });

  it('joins a word broken with a hyphen at a line end where the vocabulary knows it whole', async () => {
    const dir = await corpusOf({
      'fees.pdf': pdf([
        { text: 'Mooring Fees Rise', y: 720, size: 18 },
        { text: 'The harbour board raised its inter-', y: 690, size: 11 },
        { text: 'national mooring fees on Tuesday, a well-', y: 676, size: 11 },
        { text: 'known chair said, and was re-', y: 662, size: 11 },
        { text: 'elected to the board.', y: 648, size: 11 },
      ]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.text).toContain(
      // "wellknown" is no word and "well-known" none the model lists: left as printed.
      'The harbour board raised its international mooring fees on Tuesday, a well- known chair said, and was re-elected to the board.',
    );
  });

  it('gives a scanned page (no text layer) or a file that is no PDF a problem of its own', async () => {
    const dir = await corpusOf({
      'scan.pdf': pdf([]),
      'text.pdf': 'Orchard saved.\n',
      'whole.pdf': pdf([
        { text: 'The council voted to keep the orchard as a park.', y: 700, size: 11 },
      ]),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      { file: 'scan.pdf', message: expect.stringMatching(/^has no text layer \(a scanned page/) },
      {
        file: 'text.pdf',
        message: expect.stringMatching(/^cannot be read as a PDF \(.+\); save or export it/),
      },
    ]);
    expect(report.counts.articles).toBe(1);
  });
});
