/**
 * Initialisms the coverage spells out ("NCSC": "the National Cyber Security Centre", "MFA":
 * "multi-factor authentication"), which WordNet does not know: names and hyphen compounds
 * whose initials spell them, read from the corpus at index time. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import {
  askedInitialism,
  buildInitialismTable,
  contentPhrases,
  definedPhrases,
  spelledPhrases,
} from '../../src/search/corpus-initialisms.js';
import { initialismLemmas } from '../../src/search/dictionary-words.js';
import { FrontCodedWords } from '../../src/search/front-coding.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';
import type { QueryPlan } from '../../src/search/plan/query-plan.js';

const LIMITS = { maxWords: 6, maxPhrases: 3, maxContentWords: 5 };
const tableOf = (...texts: string[]) => new Map(buildInitialismTable(texts, LIMITS));
const spelt = (text: string) =>
  spelledPhrases(text, LIMITS.maxWords).map((phrase) => [
    phrase.initialisms.join('/'),
    phrase.terms.join(' '),
  ]);

/** The phrases a question's words expand to as abbreviations, in the plan `index` makes of it. */
function abbreviationsOf(
  index: { rank(question: string): { plan: QueryPlan } },
  question: string,
): string[] {
  return index
    .rank(question)
    .plan.concepts.flatMap((concept) => concept.alternatives)
    .filter((alternative) => alternative.kind === 'abbreviation')
    .map((alternative) => alternative.terms.join(' '));
}

describe('names and compounds the coverage spells out', () => {
  it('read capitalised runs and their parts, possessives and leading "The" aside', () => {
    const found = spelt("The Information Commissioner's Office wrote to the council.");
    expect(found).toContainEqual(['ico', 'inform commission offic']);
    expect(found).toContainEqual(['co', 'commission offic']);
    // "The" opening the sentence starts no name.
    expect(found.some(([initials]) => initials!.startsWith('t'))).toBe(false);
  });

  it("count function words or skip them, and a hyphen's parts one by one", () => {
    expect(spelt('a letter from the Department of Health and Social Care')).toContainEqual([
      'dhsc',
      'depart health social care',
    ]);
    expect(spelt('the Stoke-on-Trent Film Society met')).toContainEqual([
      'sotfs/stfs',
      'stoke trent film societi',
    ]);
  });

  it('read a lower-case hyphen compound with the noun it modifies, not any run of words', () => {
    expect(spelt('the account was not protected by multi-factor authentication.')).toContainEqual([
      'mfa',
      'multi factor authent',
    ]);
    // Lower-case words without a hyphen are no name: "was not protected" spells nothing.
    expect(spelt('the account was not protected at all')).toEqual([]);
    // A word in capitals is an initialism itself, not a word of a name.
    expect(spelt('BBC News said so')).toEqual([]);
  });

  it('end a name at a preposition opening a place or time, unless common words follow it', () => {
    const table = tableOf(
      'He wrote from Chicago in October, and the Commission on Civil Rights replied.',
      'Governor Call in October asked for troops. The commission heard civil rights cases.',
    );
    // "Chicago in October" and "Governor Call in October" are a name and a date, not one name.
    expect(table.has('cio')).toBe(false);
    // "on Civil Rights" is the commission's subject, words the coverage writes in lower case.
    expect(table.get('ccr')).toEqual(['commiss civil right']);
  });

  it('find what the text defines in brackets, either way round', () => {
    const text =
      'The National Cyber Security Centre (NCSC) and the LGA (Local Government Association) helped.';
    const phrases = spelledPhrases(text, LIMITS.maxWords);
    expect(
      definedPhrases(text, phrases).map(([initialism, phrase]) => [
        initialism,
        phrase.terms.join(' '),
      ]),
    ).toEqual([
      ['ncsc', 'nation cyber secur center'],
      ['lga', 'local govern associ'],
    ]);
  });
});

describe('the table of initialisms', () => {
  it('keeps the phrases spelling an initialism, most frequent first', () => {
    const table = tableOf(
      'The council called in the National Cyber Security Centre on Friday.',
      'Officials at the National Cyber Security Centre declined to comment.',
      'A spokesman for Northvale Cycle Safety Campaign said little.',
    );
    expect(table.get('ncsc')).toEqual([
      'nation cyber secur center',
      'northval cycl safeti campaign',
    ]);
  });

  it('keeps only what the coverage defines an initialism as, when it does', () => {
    const table = tableOf(
      'The Northvale Cycle Safety Campaign (NCSC) held a rally.',
      'The National Cyber Security Centre declined to comment.',
    );
    expect(table.get('ncsc')).toEqual(['northval cycl safeti campaign']);
  });

  it('leaves out an initialism many names spell, and every undefined two-letter one', () => {
    const table = tableOf(
      'Pat Ryan met Paul Reed, Peter Rook and Pam Ross.',
      'Mr Pell said the Parish Room Committee met.',
    );
    expect(table.has('pr')).toBe(false);
    expect(table.has('mp')).toBe(false);
    expect(tableOf('Mr Pell was elected Member of Parliament (MP) in May.').get('mp')).toEqual([
      'member parliament',
    ]);
  });
});

describe('phrases of ordinary words the coverage spells out', () => {
  const plain = (text: string) =>
    contentPhrases(text, LIMITS.maxContentWords).map((phrase) => [
      phrase.initialisms.join('/'),
      phrase.terms.join(' '),
    ]);

  it("read runs of lower-case content words, a hyphen's parts one by one", () => {
    expect(plain('the new chief information officer started')).toContainEqual([
      'cio',
      'chief inform offic',
    ]);
    expect(plain('said the vice-chancellor, adding')).toContainEqual(['vc', 'vice chancellor']);
    // Stop words, punctuation and names break a run.
    expect(plain('it was the end. Staff left')).toEqual([]);
    expect(plain('Rachel Moore said')).toEqual([]);
  });

  it('read only a noun phrase: modifiers and a noun last, no verb or adverb', () => {
    // A run of content words across a clause is no phrase an initialism spells.
    expect(plain('the government urged calm')).toEqual([]);
    expect(plain('the report last week predicted floods')).toEqual([]);
    expect(plain('the forces imposed asset freezes')).toEqual([['af', 'asset freez']]);
    expect(plain('it is absolutely necessary')).toEqual([]);
    // Participles modify nouns ("armed forces"); a plural noun's verb reading does not hide it.
    expect(plain('the armed forces withdrew')).toEqual([['af', 'arm forc']]);
    // A phrase starts and ends at a hyphen compound's edges, not inside it.
    expect(plain('including anti-social behaviour')).toContainEqual([
      'asb',
      'anti social behavior',
    ]);
    expect(plain('including anti-social behaviour').map(([initials]) => initials)).not.toContain(
      'ia',
    );
  });

  it('stand for an initialism only when no other phrase of the coverage spells it', () => {
    const table = tableOf(
      'The chief information officer resigned.',
      'The vice-chancellor spoke to the visiting committee.',
      'A vice-chancellor spoke again.',
      'Detective Inspector Rachel Moore said the van was found.',
      'Two detectives and an inspector called. Mr Pell agreed.',
    );
    const unused = tableOf(
      'The chief information officer resigned.',
      'The vice-chancellor spoke to the visiting committee.',
      'A vice-chancellor spoke again.',
      'Detective Inspector Rachel Moore said the van was found.',
    );
    expect(table.get('cio')).toEqual(['chief inform offic']);
    // "vice-chancellor" and "visiting committee" both spell "vc": neither is read.
    expect(table.has('vc')).toBe(false);
    expect(table.get('di')).toEqual(['detect inspector']);
    // A person's name is no title: the coverage never writes "pell" in lower case.
    expect(table.has('mp')).toBe(false);
    // Nor is a name whose words the coverage writes only capitalised.
    expect(unused.has('di')).toBe(false);
    expect(tableOf('The vice-chancellor spoke.').get('vc')).toEqual(['vice chancellor']);
  });
});

describe("WordNet's initialisms", () => {
  it('are the lemmas a phrase of their synset spells, not other short words', () => {
    const lemmas = new FrontCodedWords(
      initialismLemmas([
        ['cio', [['congress', 'industri', 'organ']]],
        ['flu', [['influenza'], ['grippe']]],
        [
          'vc',
          [
            ['viet', 'cong'],
            ['victoria', 'cross'],
          ],
        ],
      ]),
    );
    expect(lemmas.has('cio')).toBe(true);
    expect(lemmas.has('vc')).toBe(true);
    // "flu" is a word of its own, no initialism: "what did the flu do" asks about it.
    expect(lemmas.has('flu')).toBe(false);
  });
});

describe('a question word read as an initialism', () => {
  const unknown = () => true;
  it('is written in capitals, or in lower case when the coverage lacks the word', () => {
    expect(askedInitialism('NCSC', 'are they working with the NCSC?', unknown)).toBe('ncsc');
    expect(askedInitialism('MoD', 'what did the MoD say?', unknown)).toBe('mod');
    expect(askedInitialism('NGOs', 'which NGOs helped?', unknown)).toBe('ngo');
    expect(askedInitialism('mfa', 'was mfa on?', unknown)).toBe('mfa');
    expect(askedInitialism('mfa', 'was mfa on?', () => false)).toBeNull();
    // Two lower-case letters are as often a word; a question all in capitals says nothing.
    expect(askedInitialism('us', 'did they tell us?', unknown)).toBeNull();
    expect(askedInitialism('FIRE', 'WHEN WAS THE FIRE', unknown)).toBeNull();
    expect(askedInitialism('Fire', 'Fire when?', unknown)).toBeNull();
  });

  it('is never two letters that are a word, in any case', () => {
    const isWord = () => true;
    const noWord = () => false;
    expect(askedInitialism('PM', 'what did the PM say?', unknown, noWord)).toBe('pm');
    expect(askedInitialism('pm', 'what did the pm say?', unknown, noWord)).toBe('pm');
    // A stop word, or an English word that is no initialism, says itself.
    expect(askedInitialism('US', 'what did the US say?', unknown, noWord)).toBeNull();
    expect(askedInitialism('AT', 'who was AT the talks?', unknown, noWord)).toBeNull();
    expect(askedInitialism('TV', 'was it on TV?', unknown, isWord)).toBeNull();
    expect(askedInitialism('tv', 'was it on tv?', unknown, isWord)).toBeNull();
  });

  it('does not read "US" as a phrase of ordinary words the coverage spells only once', () => {
    const { index } = engineOver({
      id: 'wall',
      published: null,
      paragraphs: [['Crews left an unfinished section of the sea wall. US officials visited.']],
    });
    expect(abbreviationsOf(index, 'what did the US officials say?')).toEqual([]);
    expect(abbreviationsOf(index, 'is the TV crew there?')).toEqual([]);
  }, 60_000);

  it('is no word the dictionary knows, when typed in lower case', () => {
    const { index } = engineOver({
      id: 'union',
      published: null,
      paragraphs: [['The Fenwick Lane Union met the Fenwick Lane Union on Monday.']],
    });
    expect(abbreviationsOf(index, 'what did the FLU say?')).toEqual(['fenwick lane union']);
    expect(abbreviationsOf(index, 'what did the flu say?')).toEqual([]);
  });

  it('finds the one phrase of ordinary words or name it stands for', () => {
    const { engine } = engineOver(
      {
        id: 'college',
        title: 'College pay row',
        published: null,
        paragraphs: [
          ['Staff at Harlow College walked out on Tuesday over unpaid wages.'],
          ['The chief information officer, Priya Nandra, said the email systems were restored.'],
          ['The vice-chancellor said the college could not pay staff until March.'],
          ['Detective Inspector Rachel Moore said the missing laptops had been found.'],
          ['Two detectives and a police inspector searched the offices on Friday.'],
        ],
      },
      {
        id: 'union',
        title: 'Union reply',
        published: null,
        paragraphs: [['The union said its members would strike again in April.']],
      },
    );
    expect(engine.ask('whats the name of the cio').passages[0]?.quote).toContain(
      'chief information officer',
    );
    expect(engine.ask('what did the vc say about not paying').passages[0]?.quote).toContain(
      'vice-chancellor',
    );
    expect(engine.ask('what did DI Rachel Moore say').passages[0]?.quote).toContain(
      'missing laptops',
    );
  });

  it('finds the passage naming what it stands for', () => {
    const { engine } = engineOver(
      {
        id: 'attack',
        title: 'Council hit by cyber attack',
        published: null,
        paragraphs: [
          ['Kestonbury council said its phone lines were down for a third day.'],
          ['The council said it was working with the National Cyber Security Centre.'],
          ['The attack began on a Friday night, staff said.'],
        ],
      },
      {
        id: 'review',
        title: 'Review of the breach',
        published: null,
        paragraphs: [
          ['The review found the council was working through a backlog of repairs.'],
          [
            'The hackers used a leaked password, and the account lacked multi-factor authentication.',
          ],
        ],
      },
    );
    expect(engine.ask('who is the council working with? NCSC?').passages[0]?.quote).toContain(
      'National Cyber Security Centre',
    );
    expect(engine.ask('was MFA turned on for the hacked account?').passages[0]?.quote).toContain(
      'multi-factor authentication',
    );
  });
});

describe("the table read with the build's terms of each text", () => {
  const texts = [
    'The chief information officer met the National Cyber Security Centre (NCSC).',
    "Recognised vice-chancellors' reports: the naïve café owner said the chief information officer left.",
    'Mr Pell and 3 Detective Inspectors, the U.S. and its détente.',
  ];

  it('is the table read without them', () => {
    const given = buildInitialismTable(
      texts.map((text) => ({ text, terms: termsOf(text) })),
      LIMITS,
    );
    expect(given).toEqual(buildInitialismTable(texts, LIMITS));
    expect(new Map(given).get('cio')).toEqual(['chief inform offic']);
  });

  it("refuses terms that are not the text's", () => {
    const [text] = texts as [string];
    expect(() => buildInitialismTable([{ text, terms: termsOf(text).slice(1) }], LIMITS)).toThrow(
      /not its words' stems/,
    );
    expect(() =>
      buildInitialismTable([{ text, terms: termsOf(texts[1] as string) }], LIMITS),
    ).toThrow(/not its words' stems/);
  });
});
