/**
 * A news database's tagged layout (Factiva's "Full Article/Report plus Indexing" display saved as
 * text): what its fields state is the article's metadata; the story is its lead paragraphs and
 * text, and none of the other fields is quoted. Lines like a tag's inside a story stay text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/corpus/extract.js';
import { readTaggedFields } from '../../src/corpus/tagged-fields.js';

const LEAD = 'The Kelsmere ferry crossing will close for six weeks from April.';
const MORE = 'The county council said on Sunday that a replacement bus would run every hour.';
const TEXT = 'TD Bank, which lends to the operator, declined to comment.';

/** The display with each tag alone on its line, the value under it. */
const STACKED = [
  'HD',
  'Ferry crossing to close for repairs',
  'BY',
  'By Tomas Ridley, Transport Correspondent',
  'WC',
  '312 words',
  'PD',
  '3 March 2025',
  'SN',
  'Harrowgate Courier',
  'SC',
  'HARCOU',
  'LA',
  'English',
  'CY',
  '(c) 2025 Harrowgate Courier Ltd. All rights reserved.',
  'LP',
  LEAD,
  '',
  MORE,
  'TD',
  TEXT,
  'CO',
  'kelfer : Kelsmere Ferries Ltd',
  'NS',
  'gcat : Political/General News',
  'AN',
  'Document HARCOU0020250303el330000b',
  '',
].join('\n');

/** The same with each value beside its tag, set off by a tab or spaces. */
const BESIDE = [
  'HD\tFerry crossing to close for repairs',
  'BY\tBy Tomas Ridley, Transport Correspondent',
  'WC\t312 words',
  'PD\t3 March 2025',
  'SN\tHarrowgate Courier',
  'LP\t' + LEAD,
  '',
  MORE,
  'TD  ' + TEXT,
  'CO kelfer : Kelsmere Ferries Ltd',
  'IN iwater : Water Transport',
  'AN Document HARCOU0020250303el330000b',
  '',
].join('\n');

const STATED = {
  title: 'Ferry crossing to close for repairs',
  author: 'Tomas Ridley',
  outlet: 'Harrowgate Courier',
  published: '2025-03-03',
};

describe('a news database’s tagged layout (Factiva)', () => {
  it.each([
    ['stacked', STACKED],
    ['beside', BESIDE],
  ])('states the headline, author, outlet and date (%s)', (_layout, text) => {
    expect(extractArticle(text, 'text').stated).toEqual(STATED);
  });

  it('keeps only the lead paragraphs and the text, a prose "TD Bank" among them', () => {
    expect(extractArticle(STACKED, 'text').text).toBe(`${LEAD}\n\n${MORE}\n\n${TEXT}\n`);
    // A lone "TD" opens the text; "TD  …" beside it too, but "TD Bank" is prose.
    expect(extractArticle(BESIDE, 'text').text).toBe(`${LEAD}\n\n${MORE}\n\n${TEXT}\n`);
  });

  it('reads a headline that opens like a tag as the headline, under a lone "HD"', () => {
    const text = STACKED.replace(
      'Ferry crossing to close for repairs',
      'IN PICTURES: the last crossing',
    );
    expect(readTaggedFields(text)?.stated.title).toBe('IN PICTURES: the last crossing');
  });

  it('keeps a story paragraph that opens like an indexing tag when text follows it', () => {
    const prose = 'IN the end the council agreed.';
    const text = STACKED.replace(`TD\n${TEXT}`, `TD\n${prose}\n${TEXT}`);
    expect(readTaggedFields(text)?.rest).toBe(`${LEAD}\n\n${MORE}\n\n${prose}\n${TEXT}\n`);
  });

  it.each([
    // Two documents in one file: one article a file.
    ['two headlines', `${STACKED}\n${STACKED}`],
    // No story.
    ['no story', STACKED.slice(0, STACKED.indexOf('LP'))],
    // A headline alone is too little to tell the layout from a text.
    ['a headline only', `HD\nFerry to close\nLP\n${LEAD}\n`],
    // A text opening with a capitalised word is no field.
    ['prose', `US ferries will close.\n\n${LEAD}\n`],
  ])('reads no tagged layout from %s', (_case, text) => {
    expect(readTaggedFields(text)).toBeNull();
  });
});
