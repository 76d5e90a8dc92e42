import { describe, expect, it } from 'vitest';
import { rejoinBrokenWords } from '../../src/corpus/hyphenation.js';

describe('words broken with a hyphen at a line end', () => {
  it('joins a word the vocabulary knows whole and not hyphenated, its parts words or not', () => {
    expect(rejoinBrokenWords('an inter-\nnational port')).toBe('an international port');
    expect(rejoinBrokenWords('mooring fe-\nes rose')).toBe('mooring fees rose');
    expect(rejoinBrokenWords('the govern-\nment’s plan.')).toBe('the government’s plan.');
    expect(rejoinBrokenWords('Inter-\nnational ferries')).toBe('International ferries');
    // A word broken twice, over three lines.
    expect(rejoinBrokenWords('the in-\nfra-\nstructure bill')).toBe('the infrastructure bill');
  });

  it('keeps a compound broken at its hyphen hyphenated, without the line break', () => {
    expect(rejoinBrokenWords('she was re-\nelected on Monday')).toBe(
      'she was re-elected on Monday',
    );
    // Both spellings are words ("e-mail", "email"): the printed hyphen may be the writer's.
    expect(rejoinBrokenWords('by e-\nmail')).toBe('by e-mail');
    // The document prints the compound whole elsewhere: that is how it spells it.
    expect(rejoinBrokenWords('a well-\nknown pier and a well-known port')).toBe(
      'a well-known pier and a well-known port',
    );
    expect(rejoinBrokenWords('the Quayside-\nmarrow link and the Quayside-marrow road')).toBe(
      'the Quayside-marrow link and the Quayside-marrow road',
    );
  });

  it('leaves a break neither form explains as printed', () => {
    for (const text of [
      'a well-\nknown pier',
      // A suspended hyphen: "preand" is no word.
      'pre-\nand post-war budgets',
      // A dash, not a hyphen; a capital after the break (a name, a month).
      'the plan -\nwhich failed',
      'from mid-\nMarch',
      // Not a break inside a paragraph: the paragraph ends there.
      'an inter-\n\nnational port',
    ])
      expect(rejoinBrokenWords(text), text).toBe(text);
  });

  it('reads the document’s own spelling of a word no lexicon has', () => {
    expect(rejoinBrokenWords('the Marro-\nwick ferry left Marrowick at noon')).toBe(
      'the Marrowick ferry left Marrowick at noon',
    );
    // Its pieces printed at the break are no evidence of themselves.
    expect(rejoinBrokenWords('the Marro-\nwick ferry')).toBe('the Marro-\nwick ferry');
  });

  it('joins at a soft hyphen, which marks a break inside a word', () => {
    expect(rejoinBrokenWords('the Quay\u00ADside\u00AD\nmarrow ferry')).toBe(
      'the Quay\u00ADsidemarrow ferry',
    );
  });
});
