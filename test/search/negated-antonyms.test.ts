/**
 * A word formed from a question's word by a negating prefix is a derived form of it when WordNet
 * makes the two antonyms (search/wordnet-relations.ts): "appeared undamaged" answers "Was the
 * painting damaged?", while prefixed strings that negate nothing ("inform", "display",
 * "income") stay unrelated. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildDerivedTable } from '../../src/search/synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const key = (words: string) => termsOf(words).join(' ');

describe('negated forms as derived forms', () => {
  const vocabulary = new Set(
    ['inform', 'display', 'income', 'disease', 'undamaged', 'unhurt', 'impossible', 'unlock'].map(
      key,
    ),
  );
  const derived = new Map(buildDerivedTable(vocabulary));

  it('never links a prefixed word that is no negation of the other', () => {
    for (const [word, prefixed] of [
      ['form', 'inform'],
      ['play', 'display'],
      ['come', 'income'],
      ['ease', 'disease'],
    ] as const)
      expect(derived.get(key(word)) ?? []).not.toContain(key(prefixed));
  });

  it('links a word and its negation by a prefix that WordNet calls antonyms, either way', () => {
    expect(derived.get(key('damaged'))).toContain(key('undamaged'));
    expect(derived.get(key('possible'))).toContain(key('impossible'));
    expect(derived.get(key('lock'))).toContain(key('unlock'));
    // Through a satellite: "unhurt" is similar to "uninjured", the antonym of "injured", which
    // "hurt" is similar to.
    expect(derived.get(key('hurt'))).toContain(key('unhurt'));
    const back = new Map(buildDerivedTable(new Set([key('damaged')])));
    expect(back.get(key('undamaged'))).toContain(key('damaged'));
  });

  it('lets a yes-no question be answered by the negated form', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The stolen painting was found rolled in a carpet and appeared undamaged, police said.'],
        ['Detectives said the painting had not yet been found in March.'],
        ['The insurer offered a reward for the painting.'],
      ],
    });
    const answer = engine.ask('Was the painting damaged?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('appeared undamaged');
  });

  it('does not let a prefixed look-alike answer', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The museum will display the painting again in June.'],
        ['Children will play in the new garden, the director said.'],
      ],
    });
    const answer = engine.ask('Where will children play?');
    expect(answer.passages[0]?.quote).toContain('Children will play');
    expect(engine.ask('Did the band play?').passages.map((p) => p.quote)).not.toContainEqual(
      expect.stringContaining('display'),
    );
  });
});
