/**
 * A publisher's imprint with its copyright notice run on after it, the last line of a pasted
 * page ("Harbour Weekly is published by Quay Media Ltd. (c) Harbour Weekly 2026"): page
 * furniture, never a passage, and the notice states the outlet. A sentence of a story that
 * closes on a notice naming someone else, or holds a mark mid-sentence, stays text.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { copyrightHolder, imprintNotice } from '../../src/corpus/copyright.js';
import { furnitureReason } from '../../src/corpus/furniture.js';

const HEADLINE = 'Island ferry timetable cut for winter';
const BODY = [
  'The island ferry will run four times a day instead of six from 1 December, the operator said.',
  'Islanders said the change would make it harder to reach the mainland for work.',
];
const IMPRINT = 'Harbour Weekly is published by Quay Media Ltd. (c) Harbour Weekly 2026';
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('an imprint closing on its copyright notice', () => {
  it.each([
    [IMPRINT, 'Harbour Weekly'],
    [
      'The Kellan Courier is part of Tarn Media Group. © 2025 The Kellan Courier',
      'The Kellan Courier',
    ],
    [
      'Radio Northvale is a Northvale Media station. Copyright 2026 Radio Northvale.',
      'Radio Northvale',
    ],
  ])('reads %j as a notice naming %j', (line, holder) => {
    expect(furnitureReason(line, { standalone: true })).toBe('copyright notice');
    expect(copyrightHolder(line)).toBe(holder);
  });

  it.each([
    // The sentence before the notice is not about its holder.
    'The ferry will run four times a day. (c) Harbour Weekly 2026',
    // A mark inside a sentence: nothing ends before it.
    'The court heard the photograph was (c) Ana Ruiz 2019 and used without consent.',
    // A notice that opens its line is read by the other rules, not as an imprint.
    '(c) Harbour Weekly 2026',
  ])('finds no imprint in %j', (line) => {
    expect(imprintNotice(line)).toBeNull();
  });

  it('drops the line from the page and takes the outlet from it', () => {
    const cleaned = cleanArticle(page(HEADLINE, 'By Ravi Dunne', ...BODY, IMPRINT));
    expect(cleaned.text).toBe([HEADLINE, ...BODY].join('\n\n'));
    expect(cleaned.dropped).toContainEqual({ line: IMPRINT, reason: 'copyright notice' });
    expect(cleaned.outlet).toBe('Harbour Weekly');
  });

  it('keeps a story sentence that closes on a notice naming another holder', () => {
    const line = 'The ferry will run four times a day. (c) Harbour Weekly 2026';
    const cleaned = cleanArticle(page(HEADLINE, ...BODY, line));
    expect(cleaned.text).toContain(line);
  });
});
