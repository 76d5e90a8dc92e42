import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/corpus/types.js';
import {
  buildSourceCatalog,
  matchSources,
  sourceSpeech,
} from '../../src/search/plan/source-match.js';
import { sourceOrdinal } from '../../src/search/plan/source-ordinal.js';
import { isStopWord, stem, termsOf, tokenize } from '../../src/text/terms.js';

function meta(id: string, title: string, published: string | null = null): ArticleMeta {
  return { id, file: `${id}.txt`, title, outlet: null, published, url: null, author: null };
}

// Speeches with the speaker in the title, which their text never names (as in a collection of
// addresses), and news items whose titles are their stories' words. Two speakers share a surname.
const speech = (id: string, year: number, speaker: string) =>
  meta(id, `Harbour Board address, ${year} (${speaker})`, String(year));
const metas = [
  speech('m1969', 1969, 'Edith Marlow'),
  speech('m1970', 1970, 'Edith Marlow'),
  speech('m1971', 1971, 'Edith Marlow'),
  speech('v1980', 1980, 'Tom Vance'),
  speech('v1981', 1981, 'Tom Vance'),
  speech('v1992', 1992, 'Tom R. Vance'),
  speech('v1993', 1993, 'Tom R. Vance'),
  speech('k1997', 1997, 'Ada Mc Kenna'),
  ...Array.from({ length: 13 }, (_, i) => meta(`n${i}`, `Ferry timetable change ${i}`)),
  meta('park', 'Westside Park reopens'),
];
/** Each article's own text: the speeches never say who gave them. */
const text = new Map<string, string>([
  ['m1969', 'The quay tolls will rise.'],
  ['m1970', 'The tolls stay.'],
  ['m1971', 'The tolls fall by a third.'],
  ['v1980', 'We give the ferry a licence.'],
  ['v1981', 'The ferry gets a new pier.'],
  ['v1992', 'The pier is done.'],
  ['v1993', 'The tolls end.'],
  ['k1997', 'The quay is rebuilt.'],
  ['park', 'Westside Park reopened on Monday.'],
]);
/** How the coverage uses a title word; `lowerCase`: the words it also writes in lower case. */
const useIn = (lowerCase: ReadonlySet<string>) => (term: string, word: string) => ({
  articles: new Set(
    metas.flatMap((m, a) => (termsOf(text.get(m.id) ?? '').includes(term) ? [a] : [])),
  ),
  inLowerCase: lowerCase.has(word),
});
const titleWordUse = useIn(new Set());
const shares = { maxShare: 0.2, strongMaxShare: 0.4 };
const catalog = buildSourceCatalog(metas, shares, () => false, { titleWordUse });
const plain = buildSourceCatalog(metas, shares, () => false);

/** The question's content words, in order, as the plan reads them. */
const words = (question: string) =>
  tokenize(question)
    .filter((token) => !isStopWord(token))
    .map((token) => token.word);
function named(question: string, of = catalog) {
  const ordinal = sourceOrdinal(words(question));
  const match = matchSources(termsOf(question), of, sourceSpeech(question), ordinal?.ordinal);
  return [...match.articles].map((a) => metas[a]?.id);
}

describe('a title word its articles never use', () => {
  it('names them alone, as a speaker or author does', () => {
    expect(named('what did marlow say about tolls')).toEqual(['m1969', 'm1970', 'm1971']);
    expect(catalog.isLabel(stem('marlow'))).toBe(true);
    // Without the articles' text no title word is taken for a label.
    expect(named('what did marlow say about tolls', plain)).toEqual([]);
  });

  it('but a title word its story uses is what the question may be about', () => {
    expect(catalog.isLabel(stem('park'))).toBe(false);
    expect(named('when does the park reopen')).toEqual([]);
  });

  it('names every series its name is in: a surname two speakers share is not narrowed', () => {
    expect(named('what did vance say about the pier')).toEqual([
      'v1980',
      'v1981',
      'v1992',
      'v1993',
    ]);
  });

  it('is narrowed by a year as a speaker is', () => {
    expect(named('what did vance say in 1992')).toEqual(['v1992']);
  });
});

describe('an ordinal before a word for the source', () => {
  it('takes that article of the series named, in order of publication', () => {
    expect(named("in marlow's first address, what rose")).toEqual(['m1969']);
    expect(named('in her last annual address what did marlow say of tolls')).toEqual(['m1971']);
    expect(named("marlow's second speech")).toEqual(['m1970']);
  });

  it('takes it of each series a shared name names', () => {
    expect(named("vance's first address")).toEqual(['v1980', 'v1992']);
  });

  it('is no ordinal away from a word for a source', () => {
    expect(sourceOrdinal(words('what did marlow say about the first ferry'))).toBeNull();
    expect(named('what did marlow say about the first ferry')).toEqual(['m1969', 'm1970', 'm1971']);
    expect(sourceOrdinal(words('his 2nd annual message'))).toEqual({ ordinal: 2, at: 0 });
  });
});

describe('a year written with two digits', () => {
  it('is the year of the named speaker’s article that ends with them', () => {
    expect(named('what did marlow say about tolls in 71')).toEqual(['m1971']);
    expect(named("in vance's '81 speech, what was granted")).toEqual(['v1981']);
  });

  it('names nothing alone: two digits are more often a count', () => {
    expect(named('were 71 tolls paid')).toEqual([]);
    // Nor do they narrow a speaker none of whose years end with them.
    expect(named('what did marlow say about 40 tolls')).toEqual(['m1969', 'm1970', 'm1971']);
  });
});

describe('a title word the coverage also writes in lower case', () => {
  it('is no label: an everyday word ("grant") as likely what is asked as who spoke', () => {
    const everyday = buildSourceCatalog(metas, shares, () => false, {
      titleWordUse: useIn(new Set(['vance'])),
    });
    expect(everyday.isLabel(stem('vance'))).toBe(false);
    expect(named('what did vance say about the pier', everyday)).toEqual([]);
  });

  it('nor is a word the title does not write as a name ("Belarus, Russia sign agreement")', () => {
    const list = [...metas, meta('deal', 'Belarus, Russia sign agreement')];
    const signed = buildSourceCatalog(list, shares, () => false, { titleWordUse });
    expect(signed.isLabel(stem('sign'))).toBe(false);
  });
});

describe('a number in a title its story does not write', () => {
  it('is no label: it counts something, it names no one', () => {
    expect(catalog.isLabel('12')).toBe(false);
    expect(named('what happened to the 12 ferries')).toEqual([]);
  });
});

describe('a title in title case', () => {
  it('says nothing of which of its words are names: none is a label by it', () => {
    const list = [...metas, meta('guard', 'Guard to Partner With Police')];
    const titled = buildSourceCatalog(list, shares, () => false, { titleWordUse });
    expect(titled.isLabel(stem('partner'))).toBe(false);
  });

  it('nor does the first word of a title, which any title capitalises', () => {
    const list = [...metas, meta('dig', 'Diggers arrive on the quay')];
    const titled = buildSourceCatalog(list, shares, () => false, { titleWordUse });
    expect(titled.isLabel(stem('diggers'))).toBe(false);
  });
});

describe('a name whose "Mc" its title sets apart', () => {
  it('is named as the question writes it, closed up', () => {
    expect(named('what did mckenna say about the quay')).toEqual(['k1997']);
    expect(named("in McKenna's 1997 address, what was rebuilt")).toEqual(['k1997']);
  });
});
