/**
 * A definite description continuing a mention earlier in its paragraph ("This pact could be
 * invoked …" after "… signed a fisheries pact"): what the first mention says of the referent
 * counts as the description's neighbourhood (direct anaphora, Vieira & Poesio 2000). Tiny
 * invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { definiteHead, firstMention } from '../../src/search/first-mention.js';
import { engineOver } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const ARTICLE = (id: string, ...paragraphs: string[][]) => ({
  id,
  published: null,
  paragraphs,
});

const PACT = ARTICLE(
  'pact',
  [
    'In March 2019, the harbour board and the island cooperative signed a fisheries pact in Lerwick.',
    'The document listed joint patrols and shared quotas.',
    'The pact gave the cooperative a seat on the harbour board.',
    'This pact could be invoked for example in the event of a storm surge.',
  ],
  ['Quotas were cut again the next year.'],
);

const OTHER = ARTICLE('other', [
  'Coastguard chief Ilse Marwick spoke in March about the patrol boats.',
  'She said the patrol boats "will not be activated unless the situation gets out of control."',
]);

describe('first mention of a definite description', () => {
  it('reads the head noun of a definite description opening a sentence', () => {
    expect(definiteHead('This pact could be invoked in the event of a storm surge.')).toBe('pact');
    expect(definiteHead('The fisheries pact was signed.')).toBe('pact');
    expect(definiteHead('The new pact gave the cooperative a seat.')).toBe('pact');
    expect(definiteHead('The Kremlin said nothing.')).toBeNull();
    expect(definiteHead('Quotas were cut.')).toBeNull();
  });

  it('finds the earliest sentence of the paragraph holding the head noun', () => {
    const { corpus } = engineOver(PACT, OTHER);
    const textOf = (s: number) => sentenceText(corpus, s);
    const at = (needle: string) => corpus.sentences.findIndex((_, s) => textOf(s).includes(needle));
    const invoked = at('This pact could be invoked');
    expect(firstMention(corpus.sentences, textOf, invoked)).toBe(at('In March 2019'));
    // No mention of "quotas" before it in its own paragraph: the one above is another unit.
    expect(firstMention(corpus.sentences, textOf, at('Quotas were cut'))).toBeNull();
    // Not a definite description.
    expect(firstMention(corpus.sentences, textOf, at('In March 2019'))).toBeNull();
  });

  it('ranks the condition told of the dated pact above a look-alike condition', () => {
    const { engine } = engineOver(PACT, OTHER);
    const answer = engine.ask('in what kind of situation could the march 2019 pact be activated');
    expect(answer.passages[0]?.quote).toContain('in the event of a storm surge');
  });
});
