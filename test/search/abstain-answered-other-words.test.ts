/**
 * Answerable questions the hard gates of abstention refused because the answer says what is
 * asked in other words (session 54): a clipping ("uni" for "university": plan/clippings.ts), a
 * title by its initials before a name ("DI Ana Kerr" for "Detective Inspector Ana Kerr":
 * spelled-title.ts, the said-speaker gate), an outlay on a thing told as the thing's cost, a
 * sum told by the act its noun's definition makes it by ("ransom": money demanded), the source a
 * question names held by the article's outlet (the asked-sum gate), and a partitive count
 * ("about 300 of the club's members": the counted-thing gate). Each kept question is also asked
 * of a passage that does not answer it, which the gate must still refuse. Tiny invented corpora:
 * a college flood and a kidnapped yacht crew.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { countedThingHeld } from '../../src/search/abstain-counted-thing.js';
import { saidSpeakerHeld } from '../../src/search/abstain-said-speaker.js';
import { withClippingsRead } from '../../src/search/plan/clippings.js';
import { sumActsOf } from '../../src/search/plan/sum-kinds.js';
import { initialledTitles, spellsTitle } from '../../src/search/spelled-title.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A flood at a college: its cost, a detective's words, the students' union's count. */
const FLOOD: SearchFixtureArticle = {
  id: 'flood',
  title: 'Flood closes Brackwell College library',
  outlet: 'Brackwell Courier',
  published: '2026-04-02',
  paragraphs: [
    ['A burst main flooded the library of Brackwell University on Sunday night.'],
    ['The university has given students ten days to return borrowed books.'],
    [
      'The clean-up has cost the university £900,000, including £250,000 for new shelving and carpets.',
    ],
    ['Detective Inspector Ana Kerr of Brackwell Police said the main had been tampered with.'],
    ['Union secretary Lee Dunn said about 300 of the union’s members had lost their notes.'],
  ],
};

/** A yacht crew held for ransom, as a radio station reports it. */
const YACHT: SearchFixtureArticle = {
  id: 'yacht',
  title: 'Owners refuse to pay yacht crew ransom',
  outlet: 'Radio Selworth',
  published: '2026-04-05',
  paragraphs: [
    ['The owners of the yacht Merrow have refused to pay a ransom to the gang holding its crew.'],
    ['The owners said the kidnappers had demanded $3 million in cash.'],
  ],
};

const input = (question: string) => {
  const { index } = engineOver(FLOOD, YACHT);
  return index.abstentionInput(index.rank(question));
};

describe('a clipping', () => {
  it('is read as the word it clips, where the coverage never uses it', () => {
    expect(withClippingsRead('how long was the uni shut', () => false)).toBe(
      'how long was the university shut',
    );
    // A clipping the coverage uses itself matches as typed.
    expect(withClippingsRead('how long was the uni shut', (term) => term === 'uni')).toBe(
      'how long was the uni shut',
    );
    // Not a part of a longer word or a name's abbreviation.
    expect(withClippingsRead('the uni-led review', () => false)).toBe('the uni-led review');
  });

  it('lets a question saying "uni" be answered by the sentence saying "university"', () => {
    const { engine } = engineOver(FLOOD, YACHT);
    const answer = engine.ask('how many days did the uni give students');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.passages[0]?.quote).toContain('ten days');
  }, 60_000);
});

describe('a title written by its initials before a name', () => {
  it('is read from the question and found spelt out before the same name', () => {
    expect(initialledTitles('what did DI Ana Kerr say')).toEqual([
      { initialism: 'di', name: 'ana' },
    ]);
    expect(initialledTitles('WHAT DID DI ANA KERR SAY')).toEqual([]);
    expect(
      spellsTitle('Detective Inspector Ana Kerr said', { initialism: 'di', name: 'ana' }),
    ).toBe(true);
    // Other capitalised words before the name spell no such title.
    expect(spellsTitle('Mayor Ana Kerr said', { initialism: 'di', name: 'ana' })).toBe(false);
    expect(spellsTitle('Dr Ivo Ana said', { initialism: 'di', name: 'ana' })).toBe(false);
  });

  it('names the speaker, so the said-speaker gate passes; another title does not', () => {
    expect(saidSpeakerHeld(input('what did DI Ana Kerr say'))).toBe(true);
    // "DCI" is spelt before no "Ana" here: the asked speaker stays unnamed.
    expect(saidSpeakerHeld(input('what did DCI Ana Kerr say'))).toBe(false);
  }, 60_000);
});

describe('the asked-sum gate', () => {
  it('takes a thing’s cost for the sum spent on it', () => {
    expect(askedSumHeld(input('how much was spent on new shelving and carpets'))).toBe(true);
    // A sum spent on a thing no sentence costs is still not stated.
    expect(askedSumHeld(input('how much was spent on repairing the roof'))).toBe(false);
  }, 60_000);

  it('takes the act a sum’s definition makes it by for the sum', () => {
    // WordNet: ransom, "money demanded for the return of a captured person".
    expect(sumActsOf('ransom')).toEqual(['demand']);
    expect(askedSumHeld(input('how much ransom did the kidnappers want'))).toBe(true);
    // Asked again, the noun's kinds and acts are the ones kept from the first reading.
    expect(askedSumHeld(input('how much ransom did the kidnappers want'))).toBe(true);
  }, 60_000);

  it('reads the source a question names in the article’s outlet', () => {
    expect(askedSumHeld(input('according to radio selworth how much was the ransom'))).toBe(true);
  }, 60_000);
});

describe('the counted-thing gate', () => {
  it('takes a partitive’s count for a count of its noun', () => {
    expect(countedThingHeld(input('how many union members lost their notes'))).toBe(true);
    // A partitive of another noun counts no members.
    expect(countedThingHeld(input('how many union officers lost their notes'))).toBe(false);
  }, 60_000);
});
