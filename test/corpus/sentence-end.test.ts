import { describe, expect, it } from 'vitest';
import { isCallToActionLabel } from '../../src/corpus/call-to-action.js';
import { parseMetadataLine } from '../../src/corpus/metadata-line.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { kindAt, paragraphKind } from '../../src/corpus/paragraph-kind.js';
import { CLAUSE_END, SENTENCE_END } from '../../src/corpus/sentence-end.js';

describe('sentence ends', () => {
  it('reads final punctuation with any closing quotation marks and brackets after it', () => {
    for (const text of ['The pier reopened.', 'he said, “it is ‘done.’”', '(See below.)', 'Why?»'])
      expect(SENTENCE_END.test(text), text).toBe(true);
    for (const text of ['Local News', 'three options:', 'Harbour “plan”', 'Price £1.50 a week'])
      expect(SENTENCE_END.test(text), text).toBe(false);
  });

  it('counts a colon or semicolon as a clause end only', () => {
    expect(CLAUSE_END.test('The council listed three options:')).toBe(true);
    expect(CLAUSE_END.test('the first was to wait;')).toBe(true);
    expect(CLAUSE_END.test('The council listed three')).toBe(false);
  });

  it('makes a heading, a label and a paragraph end alike', () => {
    // One definition: a quotation closing a sentence inside two marks is a sentence everywhere.
    const quoted = 'Mayor says “we are ‘ready.’”';
    expect(paragraphKind(quoted)).toBe('body');
    expect(isCallToActionLabel('Subscribe now')).toBe(true);
    expect(isCallToActionLabel('Subscribe now.”')).toBe(false);
  });

  it("reads a legal form's full stop as no sentence's in a headline at the top only", () => {
    for (const text of [
      'Velstra to acquire Hollin Foods N.V.',
      'Mill sold to Dunmore Grain Ltd.',
    ]) {
      expect(kindAt(text, true), text).toBe('heading');
      // Further down, one full stop ends the abbreviation and the sentence alike.
      expect(kindAt(text, false), text).toBe('body');
    }
    for (const text of ['The mill was sold.', 'Numbers are limited.', 'He cited Art. 5 as a co.'])
      expect(kindAt(text, true), text).toBe('body');
  });

  it('reads a short body paragraph ending in a legal form as body text', () => {
    const body = 'The council approved the sale of the old mill on Tuesday after a long debate.';
    const short = 'The contract went to Dunmore Grain Ltd.';
    const cleaned = cleanArticle(`Old mill sold\n\n${body}\n\n${short}\n\n${body}`);
    expect(cleaned.headline).toBe('Old mill sold');
    expect(cleaned.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'heading',
      'body',
      'body',
      'body',
    ]);
  });

  it("lets a metadata line end in an abbreviation's full stop, never a sentence's", () => {
    expect(parseMetadataLine('3 May 2021 · By Tom Reddaway Jr.')).toEqual({
      author: 'Tom Reddaway Jr.',
      outlet: null,
      published: '2021-05-03',
    });
    expect(parseMetadataLine('Ana Ruiz · Staff Writer · the talks failed.”')).toBeNull();
  });
});
