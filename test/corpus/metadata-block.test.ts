/**
 * A metadata block at the top of a .txt or .md file ("Title: …" / "Author: …" / "Date: …" /
 * "Source: …", MultiMarkdown's form and a common export's): what it states is the article's
 * metadata, and it is no part of the text. A first paragraph with a label and a colon, or a list
 * of fields in the text, stays text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/corpus/extract.js';
import { readMetadataBlock } from '../../src/corpus/metadata-block.js';

const STORY = 'The Mill Lane footbridge in Oxcombe was shut after a barge struck one of its piers.';
const MORE = 'Engineers will inspect the bridge on Monday, the county council said.';
const HEADER = [
  'Title: Footbridge shut after barge strike',
  'Author: Sam Okoye',
  'Date: 3 May 2026',
  'Source: Oxcombe Echo',
].join('\n');

describe('a metadata block at the top of the file', () => {
  it.each(['text', 'markdown'] as const)(
    'states the %s file’s metadata, not its text',
    (format) => {
      const read = extractArticle(`${HEADER}\n\n${STORY}\n\n${MORE}\n`, format);
      expect(read.stated).toEqual({
        title: 'Footbridge shut after barge strike',
        author: 'Sam Okoye',
        outlet: 'Oxcombe Echo',
        published: '2026-05-03',
      });
      expect(read.text.trim()).toBe(`${STORY}\n\n${MORE}`);
    },
  );

  it('reads a source that is an address as the URL, and an outlet key before a source’s name', () => {
    const block = readMetadataBlock(
      'Title: Footbridge shut\nSource: https://oxcombe.example/a\nPublisher: Oxcombe Echo\n\nText.',
    );
    expect(block?.stated).toEqual({
      title: 'Footbridge shut',
      url: 'https://oxcombe.example/a',
      outlet: 'Oxcombe Echo',
    });
  });

  it.each([
    // One field: a paragraph opening with a label.
    `Update: the council has reopened the bridge.\n\n${STORY}`,
    // Fields of the text's own (an event's details), not a document's.
    `Venue: Oxcombe Town Hall\nTime: 7pm\nTickets: free\n\n${STORY}`,
    // A line that is no field.
    `Title: Footbridge shut\nDate: 3 May 2026\nThe bridge was shut on Sunday.\n\n${STORY}`,
    // Not at the top.
    `${STORY}\n\n${HEADER}`,
    // No blank line after it: the whole file would be the block.
    HEADER,
  ])('reads no block in %j', (text) => {
    expect(readMetadataBlock(text)).toBeNull();
    expect(extractArticle(text, 'text').text).toBe(text);
  });
});
