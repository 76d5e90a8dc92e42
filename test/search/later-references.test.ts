/**
 * Later references to a person a question asks about: a sentence whose subject is "He", "The
 * 41-year-old" or a role the article gave the person ("The minister"), a sentence or two after
 * the one naming them, across a paragraph break too, is a candidate scored with that sentence
 * and quoted from it (later-references.ts; centering, Grosz, Joshi & Weinstein 1995; Hobbs
 * 1978). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  askedPersonNamed,
  askedReferent,
  laterReferences,
  namesIn,
  referentAsked,
  refersToPersonNamed,
  refersToThingNamed,
} from '../../src/search/later-references.js';
import { openingCode } from '../../src/search/described-subject.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver, searchCorpus, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const AGENCY: SearchFixtureArticle = {
  id: 'agency',
  title: 'Port agency gets a new head',
  published: '2026-02-03',
  paragraphs: [
    ['Loriana Petek was appointed head of the harbour agency on Monday.'],
    [
      'Her predecessor retired in December.',
      'The 41-year-old previously ran the ferry terminal at Vell.',
    ],
    ['Dock workers said they hoped for shorter shifts.'],
  ],
};

const MINISTER: SearchFixtureArticle = {
  id: 'minister',
  title: 'Coal plant to close in 2028',
  published: '2026-03-09',
  paragraphs: [
    ['Energy minister Tomas Hollin announced on Tuesday that the Brenn coal plant will close.'],
    [
      'The closure will cost 600 jobs in the valley.',
      'The minister promised retraining grants for every worker.',
    ],
    ['Unions called the plan rushed.'],
  ],
};

/** Another person named between: the description may be theirs (the centre shifted). */
const SHIFTED: SearchFixtureArticle = {
  id: 'shifted',
  title: 'Museum names curator',
  published: '2026-04-14',
  paragraphs: [
    ['Museum trustees chose Edda Marlow as curator on Friday.'],
    [
      'Her deputy will be Jonas Fenwick, a former librarian.',
      'The 52-year-old joined the museum in 2010.',
    ],
  ],
};

/** A named line, then "The railway" across a break; and a body described by a noun it was given. */
const RAILWAY: SearchFixtureArticle = {
  id: 'railway',
  title: 'Harbour line reopens',
  published: '2026-05-02',
  paragraphs: [
    ['The Ostby Harbour Railway reopened on Saturday after a six-week repair.'],
    [
      'Repairs to the winding gear cost £80,000.',
      'The railway was built in 1893 by a slate quarry to carry stone to the quay.',
    ],
    ['Selby Marine, a boatyard firm, repaired the winding gear.', 'The firm employs 40 people.'],
  ],
};

function textsOf(article: SearchFixtureArticle) {
  const corpus = searchCorpus(article);
  const textOf = (n: number) => sentenceText(corpus, n);
  const at = (start: string) => corpus.sentences.findIndex((_, n) => textOf(n).startsWith(start));
  // What the index saves of each sentence's opening description, read here from the text.
  const read = { textOf, openingOf: (n: number) => openingCode(textOf(n)) };
  return { corpus, read, at };
}

/** refersToPersonNamed with the opening description read from `text`, as the build does. */
const toPerson = (text: string, applied: string) =>
  refersToPersonNamed(text, openingCode(text), applied);
/** refersToThingNamed with the opening description read from `text`, as the build does. */
const toThing = (text: string, name: string, applied: string) =>
  refersToThingNamed(text, openingCode(text), name, applied);

describe('later references to a person', () => {
  it('names the person a question asks about by surname', () => {
    const terms = new Set(['old', 'loriana', 'petek']);
    expect(askedPersonNamed('Loriana Petek was appointed on Monday.', terms)).toBe('Loriana Petek');
    expect(askedPersonNamed('Mara Voss was appointed on Monday.', terms)).toBeNull();
    // Two people named: whom a later "She" means is not certain.
    expect(askedPersonNamed('Loriana Petek met Mara Voss on Monday.', terms)).toBeNull();
  });

  it('reads a pronoun, an age compound, or a role the article applied to the person', () => {
    const named = 'Energy minister Tomas Hollin announced the closure.';
    expect(toPerson('He said the plant was too old.', named)).toBe(true);
    expect(toPerson('The 41-year-old ran the terminal.', named)).toBe(true);
    expect(toPerson('The minister promised grants.', named)).toBe(true);
    // A role the article never gave the person is someone else's.
    expect(toPerson('The driver fled the scene.', named)).toBe(false);
    // "They" as often means a group; a thing described is no person.
    expect(toPerson('They said the plant was too old.', named)).toBe(false);
    expect(toPerson('The closure will cost 600 jobs.', named)).toBe(false);
  });

  it('reaches two sentences on, across one paragraph break', () => {
    const { corpus, read, at } = textsOf(AGENCY);
    const found = laterReferences(corpus.sentences, read, at('Loriana'), {
      name: 'Loriana Petek',
      kind: 'person',
    });
    expect(found).toEqual([at('The 41-year-old')]);
  });

  it('stops where another person is named, as the centre may have shifted', () => {
    const { corpus, read, at } = textsOf(SHIFTED);
    const found = laterReferences(corpus.sentences, read, at('Museum trustees'), {
      name: 'Edda Marlow',
      kind: 'person',
    });
    expect(found).toEqual([]);
  });

  it('reads a description headed by a named thing’s head noun, or a noun given to a body', () => {
    const { corpus, read, at } = textsOf(RAILWAY);
    const line = { name: 'Ostby Harbour Railway', kind: 'thing' } as const;
    expect(laterReferences(corpus.sentences, read, at('The Ostby'), line)).toEqual([
      at('The railway'),
    ]);
    const yard = 'Selby Marine, a boatyard firm, repaired the winding gear.';
    expect(toThing('The firm employs 40 people.', 'Selby Marine', yard)).toBe(true);
    expect(toThing('The company employs 40 people.', 'Selby Marine', yard)).toBe(false);
    // A head restricted by what follows names another thing: "The railway station".
    expect(toThing('The railway station is shut.', line.name, '')).toBe(false);
    const terms = new Set(termsOf('how old is the Ostby Harbour Railway?'));
    expect(askedReferent('The Ostby Harbour Railway reopened on Saturday.', terms)).toEqual(line);
    expect(askedReferent('The Ostby Harbour Board met on Saturday.', terms)).toBeNull();
  });

  it('reads what a sentence names once, apart from the question it is compared with', () => {
    // The index keeps a sentence's names (search-index.ts `read.namesOf`): each question only
    // compares its terms with them.
    const names = namesIn('Mara Voss spoke at the quay on Saturday.');
    expect([names.person, names.surname]).toEqual(['Mara Voss', 'voss']);
    expect(referentAsked(names, new Set(termsOf('how old is Mara Voss')))).toEqual({
      name: 'Mara Voss',
      kind: 'person',
    });
    expect(referentAsked(names, new Set(termsOf('how old is the railway')))).toBeNull();
    const line = namesIn('The Ostby Harbour Railway reopened on Saturday.');
    expect(line.subjectTerms).toEqual(termsOf('Ostby Harbour Railway'));
    expect(referentAsked(line, new Set(termsOf('is the Ostby Harbour Railway open?')))).toEqual({
      name: 'Ostby Harbour Railway',
      kind: 'thing',
    });
  });

  it('quotes a named thing’s later description from the sentence naming it', () => {
    const { engine } = engineOver(AGENCY, MINISTER, SHIFTED, RAILWAY);
    const answer = engine.ask('when was the Ostby Harbour Railway built?');
    const quote = answer.passages[0]?.quote ?? '';
    expect(quote).toContain('built in 1893');
    expect(quote).toContain('The Ostby Harbour Railway reopened');
  });

  it('answers "how old is X" with the epithet, quoted from the sentence naming X', () => {
    const { engine } = engineOver(AGENCY, MINISTER, SHIFTED, RAILWAY);
    const answer = engine.ask('how old is Loriana Petek?');
    const quote = answer.passages[0]?.quote ?? '';
    expect(quote).toContain('The 41-year-old');
    expect(quote).toContain('Loriana Petek was appointed');
  });

  it('answers with a role noun standing for the person named before', () => {
    const { engine } = engineOver(AGENCY, MINISTER, SHIFTED, RAILWAY);
    const answer = engine.ask('what did Tomas Hollin promise?');
    const quote = answer.passages[0]?.quote ?? '';
    expect(quote).toContain('retraining grants');
    expect(quote).toContain('Tomas Hollin');
  });

  it('does not give another person’s age', () => {
    const { engine } = engineOver(AGENCY, MINISTER, SHIFTED, RAILWAY);
    const answer = engine.ask('how old is Edda Marlow?');
    for (const passage of answer.passages) expect(passage.quote).not.toContain('52-year-old');
  });
});
