import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/corpus/types.js';
import {
  buildSourceCatalog,
  matchSources,
  sourceSpeech,
} from '../../src/search/plan/source-match.js';
import { framedAsSource } from '../../src/search/plan/source-framing.js';
import { termsOf, tokenize } from '../../src/text/terms.js';

function meta(id: string, title: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    file: `${id}.txt`,
    title,
    outlet: null,
    published: null,
    url: null,
    author: null,
    ...extra,
  } as ArticleMeta;
}

const speeches = [
  meta('g73', 'State of the Union address, 1873 (Ulysses S. Grant)', { published: '1873-12-01' }),
  meta('g74', 'State of the Union address, 1874 (Ulysses S. Grant)', { published: '1874-12-07' }),
  meta('l62', 'State of the Union address, 1862 (Abraham Lincoln)', { published: '1862-12-01' }),
  meta('p', 'Westside Park reopens', { outlet: 'Valley Times' }),
  meta('q', 'Harbour fees rise', { outlet: 'Harbour Gazette', published: '2023-05-02' }),
  meta('r', 'Ferry timetable', {}),
  meta('s', 'Quay repairs', {}),
  meta('t', 'Market day', {}),
  meta('u', 'School board news', {}),
  meta('v', 'Weather', {}),
];
/** Everyday words of these tests (the index takes WordNet's: synonyms.ts, commonWordStems). */
const EVERYDAY = new Set(termsOf('times news record'));
const everyday = (term: string) => EVERYDAY.has(term);
const catalog = buildSourceCatalog(speeches, { maxShare: 0.2, strongMaxShare: 0.4 }, everyday);
const named = (question: string) =>
  [...matchSources(termsOf(question), catalog, sourceSpeech(question)).articles].map(
    (a) => speeches[a]?.id,
  );

describe('questions that name a source', () => {
  it('are matched by speaker and year together', () => {
    expect(named("In Grant's 1873 message, what about tariffs")).toEqual(['g73']);
  });

  it('are matched by an outlet or a publication date alone', () => {
    expect(named('what did the Valley Times say about the dog park')).toEqual(['p']);
    // An outlet stated without "The" is named with it, as in running prose.
    expect(named('what did The Valley Times say about the dog park')).toEqual(['p']);
    expect(named('in the May 2 2023 article, what rose')).toEqual(['q']);
  });

  it('are not matched by one title word that may be what the question is about', () => {
    expect(named('how much will Lena Park earn')).toEqual([]);
  });

  it('ignore words in most articles’ metadata', () => {
    expect(named('what did the State of the Union say about the union')).toEqual([]);
  });

  it('are not matched by a date alone, which more often says when something happened', () => {
    expect(named('what rose on May 2 2023')).toEqual([]);
    expect(named('what happened in 1873 to tariffs')).toEqual([]);
  });

  it('are matched by a date when the question speaks of a source', () => {
    expect(named('in the May 2 2023 article, what rose')).toEqual(['q']);
    expect(named('what did the 1862 address say')).toEqual(['l62']);
  });

  it('are matched by a speaker with a year, without a word for the source', () => {
    expect(named('grant 1873 - what about tariffs')).toEqual(['g73']);
  });

  it('are not matched by title words alone, which are as likely the subject', () => {
    expect(named('when does the Westside Park reopen')).toEqual([]);
  });

  it('are matched by title words the question quotes or cites', () => {
    expect(named("in 'Westside Park reopens', who cut the ribbon")).toEqual(['p']);
    expect(named('according to westside park reopens, who cut the ribbon')).toEqual(['p']);
  });
});

describe('articles a question points to loosely', () => {
  const mentioned = (question: string) =>
    [...matchSources(termsOf(question), catalog, sourceSpeech(question)).mentioned].map(
      (a) => speeches[a]?.id,
    );

  it('include those whose date or two title words it holds, without naming them', () => {
    expect(named('what rose on May 2 2023')).toEqual([]);
    expect(mentioned('what rose on May 2 2023')).toEqual(['q']);
    expect(named('when does the Westside Park reopen')).toEqual([]);
    expect(mentioned('when does the Westside Park reopen')).toEqual(['p']);
  });

  it('leave out those whose date a date the question states does not fit in every part', () => {
    // q is of May 2 2023: June 2 2023 shares its day and year, and is another day.
    expect(mentioned('what rose on June 2 2023')).toEqual([]);
    expect(mentioned('what rose in Dec 1873')).toEqual(['g73']);
    expect(mentioned('what rose in Dec 1874')).toEqual(['g74']);
  });

  it('are none when no metadata word is in the question', () => {
    expect(mentioned('what did the mayor say about ferries')).toEqual([]);
  });
});

// Ten articles: an outlet behind three of them, a title word in three others.
const metas = [
  ...['a', 'b', 'c'].map((id) => meta(id, `Council news ${id}`, { outlet: 'Coast Wire' })),
  ...['d', 'e', 'f'].map((id) => meta(id, `Storm barrier update ${id}`)),
  ...['g', 'h', 'i', 'j'].map((id) => meta(id, `Harbour item ${id}`)),
];
const shares = { maxShare: 0.2, strongMaxShare: 0.4 };
const namedIn = (question: string, list = metas) =>
  [
    ...matchSources(
      termsOf(question),
      buildSourceCatalog(list, shares, everyday),
      sourceSpeech(question),
    ).articles,
  ]
    .map((a) => list[a]?.id)
    .sort();

describe('an outlet or author', () => {
  it('names its articles even when it wrote a larger share of them than a title word may', () => {
    expect(namedIn('what did Coast Wire say about the vote')).toEqual(['a', 'b', 'c']);
    expect(namedIn("in the 'storm barrier' article, what failed")).toEqual([]);
  });

  it('outweighs title words that name another article only as a source spoken of', () => {
    const list = metas.map((m) => (m.id === 'd' ? { ...m, title: 'Barrier vote delayed' } : m));
    // "report" speaks of a source, so d's three title words would name it over two outlet words.
    expect(namedIn('what did Coast Wire report about the barrier vote delay', list)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(namedIn('what did the article report about the barrier vote delay', list)).toEqual([
      'd',
    ]);
  });

  it('is not narrowed to one of its articles by title words that are what is asked', () => {
    const list = metas.map((m) => (m.id === 'a' ? { ...m, title: 'Hackers claim files' } : m));
    const catalog = buildSourceCatalog(list, shares, everyday);
    const match = (question: string) =>
      matchSources(termsOf(question), catalog, sourceSpeech(question));
    // "Coast" also names a college here: the hackers' claims are the question's subject.
    const subject = match('what did the coast uni expert say about the hackers claims');
    expect([...subject.articles].map((a) => list[a]?.id).sort()).toEqual(['a', 'b', 'c']);
    expect([...subject.terms]).toEqual(['coast']);
    // A piece spoken of is named by its title words.
    const piece = match("what did the coast wire piece on the hackers' claims say");
    expect([...piece.articles].map((a) => list[a]?.id)).toEqual(['a']);
    expect([...piece.terms].sort()).toEqual(termsOf('claim coast hackers wire').sort());
  });

  it('names by its full name the articles of each name it is stated under', () => {
    // "Radio Northvale News" wrote most of the coverage, so "radio" and "northvale" alone name
    // none: the full name "Radio Northvale" still names its articles under both names.
    const list = metas.map((m, i) =>
      i < 6
        ? { ...m, outlet: 'Radio Northvale News' }
        : i === 6
          ? { ...m, outlet: 'Radio Northvale' }
          : m,
    );
    const both = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(namedIn('what did Radio Northvale say about the vote', list)).toEqual(both);
    const apart = metas.map((m, i) =>
      i < 6
        ? { ...m, outlet: 'Northvale Times of India' }
        : i === 6
          ? { ...m, outlet: 'Northvale Times' }
          : m,
    );
    expect(namedIn('what did the Northvale Times say about the vote', apart)).toEqual(['g']);
  });

  it('names none by one word of its name when it wrote most of the coverage', () => {
    const most = metas.map((m, i) => (i < 6 ? { ...m, outlet: 'Coast Wire' } : m));
    expect(namedIn('what did the Wire say about the vote', most)).toEqual([]);
  });
});

describe('a publication date stated without its year', () => {
  it('names its article by the day and month, as a full date does', () => {
    const list = metas.map((m) =>
      m.id === 'b'
        ? { ...m, publishedMonthDay: '--03-26' }
        : m.id === 'c'
          ? { ...m, publishedMonthDay: '--03-13' }
          : m,
    );
    expect(namedIn('what did Coast Wire report on 26 March', list)).toEqual(['b']);
    expect(namedIn('what did Coast Wire report on March 13', list)).toEqual(['c']);
  });
});

describe('an outlet named by its full stated name', () => {
  /** `size` articles, the first half by `outlet`, the rest by "Bay Post". */
  const halfBy = (outlet: string, size: number) =>
    Array.from({ length: size }, (_, i) =>
      meta(`a${i}`, `Item ${i}`, { outlet: i < size / 2 ? outlet : 'Bay Post' }),
    );
  const ids = (size: number) => Array.from({ length: size / 2 }, (_, i) => `a${i}`).sort();

  it('names its articles whatever their share of the coverage', () => {
    for (const size of [2, 4, 40]) {
      const list = halfBy('Courier', size);
      expect(namedIn('what did the Courier say about the fire', list), `${size}`).toEqual(
        ids(size),
      );
      const two = halfBy('Harbour Courier', size);
      expect(namedIn('what did the Harbour Courier say', two), `${size}`).toEqual(ids(size));
    }
    // Even when it wrote all of it.
    const all = Array.from({ length: 4 }, (_, i) =>
      meta(`a${i}`, `Item ${i}`, { outlet: 'Courier' }),
    );
    expect(namedIn('what did the Courier say', all)).toEqual(['a0', 'a1', 'a2', 'a3']);
  });

  it('and by a lone word of a longer name only within the share limit', () => {
    for (const size of [4, 40])
      expect(
        namedIn('what did the Courier say', halfBy('Harbour Courier', size)),
        `${size}`,
      ).toEqual([]);
    // One article of ten is within it.
    const few = metas.map((m, i) => (i === 0 ? { ...m, outlet: 'Harbour Courier' } : m));
    expect(namedIn('what did the Courier say', few)).toEqual(['a']);
  });

  it('but not by a one-word name that is an everyday word, as likely what is asked', () => {
    for (const size of [4, 40])
      expect(namedIn('how many times did the council vote', halfBy('The Times', size))).toEqual([]);
    // The share limit still lets it name a small share.
    const few = metas.map((m, i) => (i === 0 ? { ...m, outlet: 'The Times' } : m));
    expect(namedIn('what did the Times say', few)).toEqual(['a']);
    // An outlet stated with "The" is named with or without it.
    const harbour = metas.map((m, i) => (i === 0 ? { ...m, outlet: 'The Harbour Times' } : m));
    expect(namedIn('what did Harbour Times say', harbour)).toEqual(['a']);
    expect(namedIn('what did The Harbour Times say', harbour)).toEqual(['a']);
  });

  it('names an author by full name too', () => {
    const list = halfBy('Courier', 4).map((m, i) =>
      i < 2 ? { ...m, author: 'Dana Whitcombe' } : m,
    );
    expect(namedIn('what did Dana Whitcombe write about the vote', list)).toEqual(['a0', 'a1']);
  });
});

describe('a run of an outlet name written out', () => {
  // Ten articles: two by "Radio Wenmoor News", two by "Wenmoor Evening Post", one by "Wenmoor
  // District Council": "Wenmoor" is in half the outlets' names, too many to name any alone.
  const list = [
    meta('r1', 'Quay closed', { outlet: 'Radio Wenmoor News' }),
    meta('r2', 'Petition grows', { outlet: 'Radio Wenmoor News' }),
    meta('p1', 'Cracks found', { outlet: 'Wenmoor Evening Post' }),
    meta('p2', 'Rally held', { outlet: 'Wenmoor Evening Post' }),
    meta('c1', 'Consultation opens', { outlet: 'Wenmoor District Council' }),
    ...['f', 'g', 'h', 'i', 'j'].map((id) => meta(id, `Item ${id}`)),
  ];
  const catalogOf = buildSourceCatalog(list, shares, everyday);
  const match = (question: string) =>
    matchSources(termsOf(question), catalogOf, sourceSpeech(question));

  it('names it, each of its words naming and no content, when one of them names it alone', () => {
    const radio = match('what did radio wenmoor report');
    expect([...radio.articles].map((a) => list[a]?.id)).toEqual(['r1', 'r2']);
    expect([...radio.terms].sort()).toEqual(termsOf('radio wenmoor').sort());
    const post = match('what did the evening post say about the rally');
    expect([...post.articles].map((a) => list[a]?.id)).toEqual(['p1', 'p2']);
    expect(post.terms.has(termsOf('evening')[0]!)).toBe(true);
  });

  it('is no name when its words stand apart', () => {
    // "Wenmoor" later in the question, away from "radio", is what it asks about.
    const apart = match('what did the radio say about wenmoor');
    expect([...apart.articles].map((a) => list[a]?.id)).toEqual(['r1', 'r2']);
    expect(apart.terms.has(termsOf('wenmoor')[0]!)).toBe(false);
  });
});

describe('a word of an outlet’s name the coverage also uses as another name', () => {
  // "Brindle" is also a town in the coverage's text ("a woman from Brindle"): usedOtherwise.
  const metas = [
    meta('a', 'Library roof to be repaired', { outlet: 'Brindle Courier' }),
    meta('b', 'Woman charged over shop thefts', { outlet: 'Mere Valley Post' }),
    ...['c', 'd', 'e', 'f', 'g', 'h'].map((id) => meta(id, `Notice ${id}`)),
  ];
  const town = new Set(termsOf('Brindle'));
  const shares = { maxShare: 0.2, strongMaxShare: 0.4 };
  const ids = (question: string, used?: (term: string) => boolean) =>
    [
      ...matchSources(
        termsOf(question),
        buildSourceCatalog(metas, shares, everyday, { usedOtherwise: used }),
        sourceSpeech(question),
      ).articles,
    ].map((a) => metas[a]?.id);
  const usedOtherwise = (term: string) => town.has(term);

  it('names nothing alone: the question may be about the town, a body or a person', () => {
    expect(ids('who is the woman from Brindle', usedOtherwise)).toEqual([]);
    expect(ids('what did the Brindle Rotary Club decide', usedOtherwise)).toEqual([]);
    // Without that evidence the word names its outlet, as any outlet word does.
    expect(ids('who is the woman from Brindle')).toEqual(['a']);
  });

  it('names the outlet in its full name, by a word used for nothing else, or as a source', () => {
    for (const question of [
      'what did the Brindle Courier report',
      'according to the Courier, what will be repaired',
      'what did the Brindle paper say about the roof',
      'the woman from Brindle, what did the Mere Valley Post say about her',
    ])
      expect(ids(question, usedOtherwise), question).toEqual(
        question.includes('Mere') ? ['b'] : ['a'],
      );
  });

  it('names it in full only as written out in order', () => {
    // Both words also other names ("Courier Lane"): only the name written out names the outlet.
    const both = new Set(termsOf('Brindle Courier'));
    const bothUsed = (term: string) => both.has(term);
    expect(ids('did a courier see the woman from Brindle', bothUsed)).toEqual([]);
    expect(ids('was the Brindle woman a courier', bothUsed)).toEqual([]);
    expect(ids('what did the Brindle Courier report', bothUsed)).toEqual(['a']);
    expect(ids('did a courier see the woman from Brindle')).toEqual(['a']);
  });
});

describe('a source’s name the coverage reports on as a story’s subject', () => {
  // Northgate Foods issued a release; two papers lead with "Northgate" (one in its headline, one
  // in its lead); Ann Brindle writes for the Kelby Courier, and one story is about her.
  const metas = [
    meta('release', 'Northgate Foods confirms bakery investment', { outlet: 'Northgate Foods' }),
    meta('cuts', 'Northgate to cut jobs at bakery', {
      outlet: 'Kelby Courier',
      author: 'Ann Brindle',
    }),
    meta('strike', 'Bakery staff to strike', { outlet: 'Aldshire Post' }),
    meta('wall', 'Council approves flood wall', { outlet: 'Kelby Courier', author: 'Ann Brindle' }),
    meta('award', 'Reporter wins award', { outlet: 'Aldshire Post' }),
    ...['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => meta(id, `Notice ${id}`)),
  ];
  const leads: Record<string, string[]> = {
    northgat: ['release', 'strike'],
    brindl: ['award'],
  };
  const leadsWriting = (term: string) =>
    new Set((leads[term] ?? []).map((id) => metas.findIndex((m) => m.id === id)));
  const shares = { maxShare: 0.2, strongMaxShare: 0.4 };
  const catalog = buildSourceCatalog(metas, shares, everyday, { leadsWriting });
  const ids = (question: string) => {
    const tokens = tokenize(question);
    return [
      ...matchSources(
        termsOf(question),
        catalog,
        sourceSpeech(question),
        undefined,
        new Set(),
        framedAsSource(question, tokens),
      ).articles,
    ].map((a) => metas[a]?.id);
  };

  it('is read from other sources’ headlines and leads, more than its own articles', () => {
    const own = (term: string) => catalog.ownArticles(term);
    expect(catalog.reportedElsewhere?.(termsOf('Northgate'), own('northgat'))).toBe(true);
    expect(catalog.reportedElsewhere?.(termsOf('Northgate Foods'), own('northgat'))).toBe(true);
    // Two articles of her own, one story about her: a source first.
    expect(catalog.reportedElsewhere?.(termsOf('Brindle'), own('brindl'))).toBe(false);
    expect(catalog.reportedElsewhere?.(termsOf('Kelby Courier'), own('kelbi'))).toBe(false);
  });

  it('names nothing where the question asks about it', () => {
    expect(ids('when will Northgate reopen the bakery')).toEqual([]);
    expect(ids('how long will Northgate Foods staff strike')).toEqual([]);
  });

  it('names its source where the question frames it as one', () => {
    for (const question of [
      'what did Northgate say about the bakery',
      'according to Northgate Foods, when will the ovens arrive',
      "what is in Northgate's release about the bakery",
    ])
      expect(ids(question), question).toEqual(['release']);
  });

  it('leaves a paper and an author no other source leads with sources, framed or not', () => {
    expect(ids('Kelby Courier: how many jobs go')).toEqual(['cuts', 'wall']);
    expect(ids('what did Brindle write about the flood wall')).toEqual(['cuts', 'wall']);
    expect(ids('Brindle on the flood wall')).toEqual(['cuts', 'wall']);
  });
});

describe('an outlet named by "according to"', () => {
  const metas = [
    meta('a', 'Delay in warning residents criticised', { outlet: 'Tarn Courier' }),
    meta('b', 'Inspectors find pump alarm was off', { outlet: 'Tarn Courier' }),
    meta('c', 'Ferry fares rise', { outlet: 'Mere Valley Post' }),
    ...['d', 'e', 'f', 'g', 'h', 'i'].map((id) => meta(id, `Notice ${id}`)),
  ];
  const of = buildSourceCatalog(metas, { maxShare: 0.2, strongMaxShare: 0.4 }, everyday);
  const ids = (question: string) =>
    [...matchSources(termsOf(question), of, sourceSpeech(question)).articles]
      .map((a) => metas[a]?.id)
      .sort();

  it('names all its articles: one title word is then what is asked about', () => {
    expect(
      sourceSpeech('according to the Tarn Courier, how long did they take to warn people'),
    ).toBe('source');
    expect(ids('according to the Tarn Courier, how long did the firm take to warn people')).toEqual(
      ['a', 'b'],
    );
  });

  it('is narrowed by two title words, as two name an article when a source is spoken of', () => {
    expect(ids('according to the Tarn Courier, who was warning residents')).toEqual(['a']);
  });

  it('is narrowed by title words when the question speaks of one of its pieces', () => {
    expect(ids("in the Tarn Courier's article on warning residents, who was criticised")).toEqual([
      'a',
    ]);
  });
});

describe('a month alone with words of a title', () => {
  const coverage = [
    meta('f', 'Fishers plan flotilla protest', { outlet: 'Estuary Post', published: '2021-03-09' }),
    meta('w', 'Weir opens', { outlet: 'Valley Times', published: '2020-04-02' }),
    ...['x', 'y', 'z', 'k', 'm'].map((id) => meta(id, `Council notes ${id}`)),
  ];
  const ofCoverage = buildSourceCatalog(coverage, { maxShare: 0.2, strongMaxShare: 0.4 }, everyday);
  const namedIn = (question: string) =>
    [...matchSources(termsOf(question), ofCoverage, sourceSpeech(question)).articles].map(
      (a) => coverage[a]?.id,
    );

  it('names no article: a month before the title words dates what they tell', () => {
    expect(namedIn('how many boats came to the march flotilla protest')).toEqual([]);
  });

  it('names the article with its day or its year', () => {
    expect(namedIn('how many boats were at the march 9 flotilla protest')).toEqual(['f']);
    expect(namedIn('how many boats came to the 2021 flotilla protest')).toEqual(['f']);
  });

  it('names it when the question speaks of a source', () => {
    expect(namedIn('in the march article on the flotilla protest, how many boats')).toEqual(['f']);
  });
});
