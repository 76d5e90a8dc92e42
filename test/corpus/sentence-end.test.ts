import { describe, expect, it } from 'vitest';
import { isCallToActionLabel } from '../../src/corpus/call-to-action.js';
import { parseMetadataLine } from '../../src/corpus/metadata-line.js';
import { paragraphKind } from '../../src/corpus/paragraph-kind.js';
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

  it("reads a legal form's full stop as no sentence's in a heading", () => {
    for (const text of ['Velstra to acquire Hollin Foods N.V.', 'Mill sold to Dunmore Grain Ltd.'])
      expect(paragraphKind(text), text).toBe('heading');
    for (const text of ['The mill was sold.', 'Numbers are limited.', 'He cited Art. 5 as a co.'])
      expect(paragraphKind(text), text).toBe('body');
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
