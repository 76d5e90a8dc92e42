/**
 * Headers the tools administrators save articles with: a news database's export (the LexisNexis
 * layout: the publication, the date line, the edition, then "SECTION:", "LENGTH:",
 * "HEADLINE:", "BYLINE:", "BODY:", and "LOAD-DATE:" after the story), and a wire story's header
 * with keys that state nothing read ("Priority:", "Words:") under its slug. What they state is
 * the article's metadata; none of their lines is quoted as coverage. Lines like theirs in a
 * story's text are left as text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/corpus/extract.js';
import { readMetadataBlock } from '../../src/corpus/metadata-block.js';
import { statedFields } from '../../src/corpus/front-matter.js';
import { isWireHandlingLine } from '../../src/corpus/wire-handling.js';

const STORY = 'The Kelsmere ferry crossing will close for six weeks from April.';
const MORE = 'The county council said on Sunday that a replacement bus would run every hour.';

/** The story's fields, as both LexisNexis layouts below give them. */
const FIELDS = [
  'SECTION: LOCAL; Pg. 7',
  'LENGTH: 312 words',
  'HEADLINE: Ferry crossing to close for repairs',
  'BYLINE: Tomas Ridley, Transport Correspondent',
];

/** "BODY:", the story, and the date the database loaded it, as both layouts give them. */
const BODY = ['BODY:', '', STORY, '', MORE, '', 'LOAD-DATE: March 5, 2025', ''];

const EXPORT = [
  'Harrowgate Courier',
  'March 3, 2025 Monday',
  'Edition 2; National Edition',
  '',
  ...FIELDS,
  '',
  ...BODY,
  'LANGUAGE: ENGLISH',
  '',
  'PUBLICATION-TYPE: Newspaper',
  '',
  'Copyright 2025 Harrowgate Courier Ltd',
  'All Rights Reserved',
  '',
].join('\n');

/** What both layouts' fields state: the author without the role, the issue's date. */
const STATED = {
  title: 'Ferry crossing to close for repairs',
  author: 'Tomas Ridley',
  outlet: 'Harrowgate Courier',
  published: '2025-03-03',
};

describe('a news database’s export (LexisNexis layout)', () => {
  it('states the title, the author without the role, the outlet and the issue’s date', () => {
    const read = extractArticle(EXPORT, 'text');
    // The date line, never LOAD-DATE (when the database loaded it).
    expect(read.stated).toEqual(STATED);
  });

  it('leaves the header, "BODY:" and the trailing fields out of the text', () => {
    const { text } = extractArticle(EXPORT, 'text');
    expect(text).toBe(
      `${STORY}\n\n${MORE}\n\nCopyright 2025 Harrowgate Courier Ltd\nAll Rights Reserved\n`,
    );
  });

  it('reads "BODY:" set straight under the fields, with no blank line', () => {
    const text = EXPORT.replace('\n\nBODY:\n\n', '\nBODY:\n');
    expect(extractArticle(text, 'text').stated.title).toBe('Ferry crossing to close for repairs');
    expect(extractArticle(text, 'text').text.startsWith(STORY)).toBe(true);
  });

  it.each([
    // "BODY:" with no header: nothing is stated.
    `BODY:\n\n${STORY}\n\n${MORE}\n`,
    // A sentence under the publication's name, not a database's line.
    `Harrowgate Courier\nThe ferry will close in April.\n\nHEADLINE: Ferry to close\nBYLINE: Tomas Ridley\n\n${STORY}\n`,
    // A headline naming an edition is no edition's line.
    `Harrowgate Courier\nSpecial edition stamps go on sale\n\nSECTION: LOCAL\nBYLINE: Tomas Ridley\n\n${STORY}\n`,
  ])('reads no header in %j', (text) => {
    expect(readMetadataBlock(text)).toBeNull();
    expect(extractArticle(text, 'text').stated).toEqual({});
  });
});

describe('a results list’s export (LexisNexis Academic: count line, fields apart, "End of Document")', () => {
  const ACADEMIC = [
    '                              3 of 12 DOCUMENTS',
    '',
    '                              Harrowgate Courier',
    '',
    '                           March 3, 2025 Monday',
    '',
    // Each field a paragraph of its own.
    ...FIELDS.flatMap((field) => [field, '']),
    'HIGHLIGHT: Six weeks of works on the slipway',
    '',
    ...BODY,
    'End of Document',
    '',
  ].join('\n');

  it('reads the fields under the count line, and quotes neither the summary nor the close', () => {
    const read = extractArticle(ACADEMIC, 'text');
    expect(read.stated).toEqual(STATED);
    expect(read.text).toBe(`${STORY}\n\n${MORE}\n`);
  });

  it('leaves "End of Document" in a story’s own words as text', () => {
    const text = `${STORY}\n\nEnd of Document is the title of her next novel.\n`;
    expect(extractArticle(text, 'text').text).toBe(text);
  });
});

describe('a wire header with keys that state nothing read', () => {
  const WIRE = [
    'KPA-WIRE  TRANS  KELSMERE-FERRY/CLOSE',
    'Date: 3 March 2025',
    'Priority: routine',
    'Words: 180',
    '',
    'Ferry crossing to close for repairs',
    '',
    `KELSMERE, March 3 (KPA) - ${STORY}`,
    '',
    MORE,
    '',
  ].join('\n');

  it('reads its date, and neither its slug nor its fields is the title or the text', () => {
    const read = extractArticle(WIRE, 'text');
    expect(read.stated).toEqual({ published: '2025-03-03' });
    expect(read.text.startsWith('Ferry crossing to close for repairs\n\nKELSMERE')).toBe(true);
  });

  it('leaves out a header whose fields state nothing read', () => {
    const text = WIRE.replace('Date: 3 March 2025\n', '');
    const read = extractArticle(text, 'text');
    expect(read.stated).toEqual({});
    expect(read.text.startsWith('Ferry crossing to close for repairs\n\nKELSMERE')).toBe(true);
  });

  it('takes the slug line in columns as the wire’s handling, not a headline', () => {
    expect(isWireHandlingLine('KPA-WIRE  TRANS  KELSMERE-FERRY/CLOSE')).toBe(true);
    expect(isWireHandlingLine('BRITAIN-POLITICS/BUDGET')).toBe(true);
    // A word in capitals alone is as often a headline's.
    expect(isWireHandlingLine('FERRY  CLOSES')).toBe(false);
  });

  it.each([
    // One "Date:" line opening the prose: a label of the text.
    `Date: 3 March 2025\n\n${STORY}\n`,
    // "Date:" in the story's first paragraph, before a sentence.
    `Date: to be confirmed\nThe council has not set one, a spokesman said.\n\n${STORY}\n`,
    // Fields of the text's own, none a header's but the date.
    `Date: 3 March 2025\nVenue: Kelsmere Quay\n\n${STORY}\n`,
  ])('reads no header in %j', (text) => {
    expect(readMetadataBlock(text)).toBeNull();
  });
});

describe('a byline field', () => {
  it.each([
    ['Tomas Ridley, Transport Correspondent', 'Tomas Ridley'],
    ['Ana Ruiz, Local Democracy Reporter', 'Ana Ruiz'],
    // Co-authors stay; a name in sentence form is kept as stated.
    ['Ana Ruiz and Tom Lee', 'Ana Ruiz and Tom Lee'],
    ['Ruiz, Ana', 'Ruiz, Ana'],
  ])('names %j as the author %j', (value, author) => {
    expect(statedFields(`BYLINE: ${value}`).author).toBe(author);
  });
});
