/**
 * A heading over its section's text with no blank line between ("About the Kestrel Water Board"
 * / "The Kestrel Water Board supplies …") is a paragraph of its own, never one passage with the
 * sentence under it: a line the next line's first word would have fit on was ended on purpose,
 * not wrapped (hard-wrap.ts; src/corpus/read-blocks.ts).
 */
import { expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const TOP =
  'Reservoir refilled ahead of summer\n\nThe Tarrant reservoir is full again after the driest spring since 2011.';

it('sets a heading line at a block’s start apart from the sentence under it', () => {
  const cleaned = cleanArticle(
    `${TOP}\n\nAbout the Kestrel Water Board\nThe Kestrel Water Board supplies water to 400,000 homes.`,
  );
  expect(cleaned.text.split('\n\n').slice(-2)).toEqual([
    'About the Kestrel Water Board',
    'The Kestrel Water Board supplies water to 400,000 homes.',
  ]);
});

it.each([
  // A hard-wrapped sentence: its next word would not have fit on the line.
  [
    'The board said the reservoir, which supplies the towns of the Tarrant valley\nAnd its farms, was full.',
    'The board said the reservoir, which supplies the towns of the Tarrant valley And its farms, was full.',
  ],
  // A heading running on in lower case is one heading.
  [
    'Reservoir levels across the valley\nafter the driest spring since 2011',
    'Reservoir levels across the valley after the driest spring since 2011',
  ],
  // A sentence's line is no heading, whatever follows it.
  [
    'The board thanked its staff.\nIt thanked the rangers too.',
    'The board thanked its staff. It thanked the rangers too.',
  ],
])('keeps a block that is one paragraph whole: %j', (block, paragraph) => {
  const cleaned = cleanArticle(`${TOP}\n\nThe reservoir supplies 400,000 homes.\n\n${block}`);
  expect(cleaned.text.split('\n\n').at(-1)).toBe(paragraph);
});
