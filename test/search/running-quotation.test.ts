/**
 * A quotation paragraph with no attribution of its own gives the words of the speaker
 * attributed before it (the Chicago Manual 13.30; Quirk et al. 1985 §14.29–14.31): its "I" and
 * "me" are that speaker, named in the attribution or in the sentence that one leans on
 * ("The Dutch port director said …" after "… said Valdt"). Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import {
  attributesWords,
  isQuotationParagraph,
  quotationSpeaker,
} from '../../src/search/running-quotation.js';
import { engineOver } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const ARTICLE = (id: string, ...paragraphs: string[][]) => ({
  id,
  published: null,
  paragraphs,
});

const PORT = ARTICLE(
  'port',
  ['Port director Ines Valdt on Monday said the port would reopen to ferries next week.'],
  ['"We will not hurry the repairs," said Valdt, listing the cranes still out of use.'],
  [
    'The Dutch port director said the berth had been rebuilt at the request of the Nordlys company.',
  ],
  [
    '"I told them the town would keep every promise made in the spring.',
    'Their chairman asked me for a second berth and I have done that."',
  ],
  ['"Nobody told us anything about the closure."'],
  ['A crane driver spoke outside the gates. "Nobody told me about the ferry company," he said.'],
);

const COUNCIL = ARTICLE(
  'council',
  ['Councillor Bram Olde said the ferry company had been told about the new timetable in writing.'],
  ['The council told the Nordlys company that fares would rise in May.'],
);

/** Sentence index and text helpers over one built corpus. */
function reader() {
  const { corpus } = engineOver(PORT, COUNCIL);
  const textOf = (s: number) => sentenceText(corpus, s);
  const at = (needle: string) => corpus.sentences.findIndex((_, s) => textOf(s).includes(needle));
  return { corpus, textOf, at };
}

describe('running quotation', () => {
  it('reads a paragraph that is all quotation, a quotation left open running to its end', () => {
    expect(isQuotationParagraph('"I told them the town would keep every promise.')).toBe(true);
    expect(isQuotationParagraph('“I told them.” “We agreed.”')).toBe(true);
    expect(isQuotationParagraph('"We will not hurry," said Valdt.')).toBe(false);
    expect(isQuotationParagraph('Valdt said "no".')).toBe(false);
    expect(attributesWords('"We will not hurry," said Valdt.')).toBe(true);
    expect(attributesWords('The Dutch port director said the berth had been rebuilt.')).toBe(true);
    expect(attributesWords('"Nobody told us anything."')).toBe(false);
  });

  it('finds the attribution before a quotation paragraph speaking in the first person', () => {
    const { corpus, textOf, at } = reader();
    const attribution = at('The Dutch port director said');
    expect(quotationSpeaker(corpus.sentences, textOf, at('"I told them'))).toBe(attribution);
    expect(quotationSpeaker(corpus.sentences, textOf, at('Their chairman asked me'))).toBe(
      attribution,
    );
    // A quotation running over a second paragraph: read through to the same attribution.
    expect(quotationSpeaker(corpus.sentences, textOf, at('"Nobody told us'))).toBe(attribution);
    // A quotation attributed in its own paragraph, and a sentence with no first person.
    expect(quotationSpeaker(corpus.sentences, textOf, at('"Nobody told me'))).toBeNull();
    expect(quotationSpeaker(corpus.sentences, textOf, at('"We will not hurry'))).toBeNull();
    expect(quotationSpeaker(corpus.sentences, textOf, at('The council told'))).toBeNull();
  });

  it('gives the quotation as the words of the speaker its attribution names', () => {
    const { engine } = engineOver(PORT, COUNCIL);
    const answer = engine.ask('what did valdt say she told the nordlys company');
    expect(answer.passages.some((p) => p.quote.includes('the town would keep every promise'))).toBe(
      true,
    );
  });

  it('does not give it as the words of someone else', () => {
    const { engine } = engineOver(PORT, COUNCIL);
    const answer = engine.ask('what did the mayor say she told the nordlys company');
    expect(answer.passages.some((p) => p.quote.includes('every promise'))).toBe(false);
  });
});
