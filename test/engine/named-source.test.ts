/**
 * A question naming its source in its words is answered from that source, or the reply says
 * that source does not answer it and the passages shown are from others
 * (src/engine/named-source.ts). Invented outlets; the fire is reported by two of them only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletOfAll, withNamedSource } from '../../src/engine/named-source.js';
import type { Answer, AnswerPassage, Engine, SourceRef } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  OUTLET_ARTICLES,
  plainCorpusEngine,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...OUTLET_ARTICLES,
  }));
}, 60_000);
afterAll(() => cleanup());

const idOf = (file: string) => engine.sources().find((s) => s.file === file)!.id;
const shown = (answer: Answer) => (answer.answered ? answer.passages : answer.closest);

describe('a question naming an outlet that did not report it', () => {
  it('says no passage of that outlet answers, and shows only the other sources', () => {
    for (const question of [
      'Did Gull Radio say anything about the cause of the fire?',
      'What did Gull Radio report about the fire at the mill?',
    ]) {
      const answer = engine.ask(question);
      expect(shown(answer).length, question).toBeGreaterThan(0);
      const radio = [idOf('radio-1.md'), idOf('radio-2.md')];
      expect(answer.notFromNamed?.outlet, question).toBe('Gull Radio');
      expect(answer.notFromNamed?.sources.map((s) => s.id).sort()).toEqual(radio.sort());
      for (const passage of shown(answer)) expect(radio).not.toContain(passage.source.id);
    }
  });

  it('says nothing when the outlet named answers, or none is named', () => {
    const post = engine.ask('What did Bay Post say about the fire at the mill?');
    expect(post.answered).toBe(true);
    expect(post.passages[0]!.source.outlet).toBe('Bay Post');
    expect(post.notFromNamed).toBeUndefined();
    const toll = engine.ask('Did Gull Radio report on the harbour toll?');
    expect(shown(toll)[0]!.source.outlet).toBe('Gull Radio');
    expect(toll.notFromNamed).toBeUndefined();
    expect(engine.ask('What caused the fire at the mill?').notFromNamed).toBeUndefined();
  });

  it('says nothing of a source the asker chose: the search is bounded to it already', () => {
    const answer = engine.ask('Did Gull Radio say anything about the cause of the fire?', {
      sources: [idOf('fire-wire.md')],
    });
    expect(shown(answer).every((p) => p.source.id === idOf('fire-wire.md'))).toBe(true);
    expect(answer.notFromNamed).toBeUndefined();
  });
});

describe('an outlet named in full, whatever its share of the coverage', () => {
  /**
   * `size` articles: the first half by the Courier, on ferry sailings; the rest by Bay Post, the
   * first of them on a fire at a mill.
   */
  const halfByCourier = (size: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: size }, (_, i) =>
        i < size / 2
          ? [
              `courier-${i}.md`,
              frontMatterArticle(
                `Sailing notice ${i}`,
                'Courier',
                '2024-06-10',
                `Ferry sailings from pier ${i} resume on Monday.`,
              ),
            ]
          : [
              `post-${i}.md`,
              frontMatterArticle(
                `Post item ${i}`,
                'Bay Post',
                '2024-06-05',
                i === size / 2
                  ? 'A fire broke out at the old mill on Tuesday, injuring two workers.'
                  : `The council approved spending plan ${i} on Friday.`,
              ),
            ],
      ),
    );
  const engines = new Map<number, Engine>();
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    for (const size of [2, 4, 40]) {
      const built = await plainCorpusEngine(halfByCourier(size));
      engines.set(size, built.engine);
      cleanups.push(built.cleanup);
    }
  }, 120_000);
  afterAll(() => Promise.all(cleanups.map((clean) => clean())));

  it('gets the note that it does not answer, in a corpus of 2, 4 or 40 articles', () => {
    for (const [size, courier] of engines) {
      const answer = courier.ask('What did the Courier say about the fire at the mill?');
      expect(shown(answer)[0]?.quote, `${size}`).toMatch(/fire broke out/);
      expect(answer.notFromNamed?.outlet, `${size}`).toBe('Courier');
      expect(answer.notFromNamed?.sources.length, `${size}`).toBe(size / 2);
    }
  });

  it('is answered from its own articles when they answer', () => {
    for (const [size, courier] of engines) {
      const answer = courier.ask('When did the Courier say sailings from pier 0 resume?');
      expect(answer.passages[0]?.source.outlet, `${size}`).toBe('Courier');
      expect(answer.notFromNamed, `${size}`).toBeUndefined();
    }
  });
});

const ref = (id: string, outlet: string | null): SourceRef => ({
  id,
  title: `Title ${id}`,
  outlet,
  published: null,
  url: null,
  author: null,
});
const sources = [ref('a', 'Gull Radio'), ref('b', 'Gull Radio'), ref('c', 'Bay Post')];
const passage = (source: SourceRef, also: SourceRef[] = []): AnswerPassage => ({
  quote: `quote of ${source.id}`,
  source,
  start: 0,
  end: 10,
  score: 1,
  highlights: [],
  alsoReportedBy: also.map((s) => ({ quote: `also ${s.id}`, source: s, start: 0, end: 5 })),
});
/** The context's content test and fallback when every passage holds the question's words. */
const allContent = {
  holdsContent: () => true,
  holdsOwnContent: () => true,
  holdsNamedContent: () => true,
  nearestElsewhere: () => [],
  unnamedAnswers: () => [],
  titledLeads: () => [],
};
const answerOf = (passages: AnswerPassage[], answered = true): Answer => ({
  question: 'q',
  answered,
  passages: answered ? passages : [],
  closest: answered ? [] : passages,
  sourcesDiffer: [],
});

describe('withNamedSource', () => {
  it('puts the named articles’ own answering passages first when searched alone they answer', () => {
    const searched: number[][] = [];
    const answer = withNamedSource(answerOf([passage(sources[2]!)], false), {
      named: [0, 1],
      sources,
      limit: 3,
      searchIn: (articles) => (searched.push([...articles]), [passage(sources[1]!)]),
      ...allContent,
    });
    expect(searched).toEqual([[0, 1]]);
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.source.id)).toEqual(['b']);
    expect(answer.notFromNamed).toBeUndefined();
  });

  it('leaves an answer alone when a named article is shown, or reports it under another', () => {
    const never = () => {
      throw new Error('searched although a named article is shown');
    };
    for (const shownPassage of [passage(sources[0]!), passage(sources[2]!, [sources[1]!])]) {
      const before = answerOf([shownPassage]);
      const context = { named: [0, 1], sources, limit: 3, searchIn: never, ...allContent };
      expect(withNamedSource(before, context)).toBe(before);
    }
  });

  it("counts a named passage without the question's words as none, and shows none of them", () => {
    const named = passage(sources[0]!);
    const other = passage(sources[2]!);
    const nearer = { ...passage(sources[2]!), quote: 'nearest of c' };
    const answer = withNamedSource(answerOf([named, other]), {
      named: [0, 1],
      sources,
      limit: 3,
      searchIn: () => [named],
      holdsContent: (p) => p.quote === 'nearest of c',
      holdsOwnContent: (p) => p.quote === 'nearest of c',
      holdsNamedContent: (p) => p.quote === 'nearest of c',
      nearestElsewhere: () => [nearer],
      unnamedAnswers: () => [],
      titledLeads: () => [],
    });
    expect(answer.notFromNamed?.outlet).toBe('Gull Radio');
    expect(answer.answered).toBe(false);
    expect(answer.closest).toEqual([nearer]);
  });

  it('calls the named articles by their outlet only when a word of its name named them', () => {
    // Named by a title word and a date, Bay Post's one article is the question's reading of
    // them: "The question names Bay Post" would be untrue.
    const context = {
      named: [2],
      sources,
      limit: 3,
      searchIn: () => [],
      ...allContent,
      holdsContent: () => false,
      holdsOwnContent: () => false,
      holdsNamedContent: () => false,
    };
    const before = answerOf([passage(sources[0]!)], false);
    const byTitle = withNamedSource(before, { ...context, namedBy: new Set(['budget', '2024']) });
    expect(byTitle.notFromNamed).toMatchObject({ outlet: null, sources: [sources[2]] });
    const byOutlet = withNamedSource(before, { ...context, namedBy: new Set(['bay', 'budget']) });
    expect(byOutlet.notFromNamed?.outlet).toBe('Bay Post');
  });

  it("keeps another source's passage as the answer beside the note only in the question's own words", () => {
    const bySynonym = passage(sources[2]!);
    const own = { ...passage(sources[2]!), quote: 'own words of c' };
    const context = {
      named: [0, 1],
      sources,
      limit: 3,
      searchIn: () => [],
      holdsContent: () => true,
      holdsOwnContent: (p: AnswerPassage) => p.quote === 'own words of c',
      holdsNamedContent: () => true,
      unnamedAnswers: () => [],
      titledLeads: () => [],
    };
    const demoted = withNamedSource(answerOf([bySynonym]), {
      ...context,
      nearestElsewhere: () => [own],
    });
    expect(demoted.answered).toBe(false);
    expect(demoted.passages).toEqual([]);
    expect(demoted.closest).toEqual([own]);
    expect(demoted.notFromNamed?.outlet).toBe('Gull Radio');
    const none = withNamedSource(answerOf([bySynonym]), { ...context, nearestElsewhere: () => [] });
    expect([none.answered, none.passages, none.closest]).toEqual([false, [], []]);
    const kept = withNamedSource(answerOf([own, bySynonym]), {
      ...context,
      nearestElsewhere: () => [],
    });
    expect(kept.answered).toBe(true);
    expect(kept.passages).toEqual([own]);
  });

  it('says nothing of a source when, read as naming none, the question is answered by its passage', () => {
    // Searched alone the named articles abstain, and the shown passage is another source's;
    // but the question read without a source named is answered by a named article's passage.
    const named = { ...passage(sources[0]!), quote: 'answer of a' };
    const other = passage(sources[2]!);
    const context = {
      named: [0, 1],
      sources,
      limit: 3,
      searchIn: () => [],
      ...allContent,
      holdsNamedContent: (p: AnswerPassage) => p.quote === 'answer of a',
    };
    const answer = withNamedSource(answerOf([other]), {
      ...context,
      unnamedAnswers: () => [named, other],
      titledLeads: () => [],
    });
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages).toEqual([named, other]);
    // A named passage the unnamed question finds only by what falls short of the note's bar
    // (a synonym alone) leaves the note true.
    const weak = passage(sources[1]!);
    const noted = withNamedSource(answerOf([other]), {
      ...context,
      unnamedAnswers: () => [weak, other],
      titledLeads: () => [],
    });
    expect(noted.notFromNamed?.outlet).toBe('Gull Radio');
    expect(noted.passages).toEqual([other]);
  });

  it('gives the note on none of its paths when a named article’s title holds all that is asked', () => {
    // Its lead is then its answer: the three ways the note is otherwise given (every shown
    // passage kept, some kept as answers, none kept and the closest shown) each end so.
    const lead = { ...passage(sources[0]!), quote: 'lead of a' };
    const own = { ...passage(sources[2]!), quote: 'own words of c' };
    const bySynonym = passage(sources[2]!);
    const context = {
      named: [0],
      sources,
      limit: 3,
      searchIn: () => [],
      ...allContent,
      holdsOwnContent: (p: AnswerPassage) => p.quote === 'own words of c',
      nearestElsewhere: () => [own],
    };
    const paths: Answer[] = [
      answerOf([own]),
      answerOf([own, bySynonym]),
      answerOf([bySynonym]),
      answerOf([bySynonym], false),
    ];
    for (const before of paths) {
      expect(withNamedSource(before, context).notFromNamed?.sources).toEqual([sources[0]]);
      const after = withNamedSource(before, { ...context, titledLeads: () => [lead] });
      expect(after.notFromNamed).toBeUndefined();
      expect(after.answered).toBe(true);
      expect(after.passages[0]).toBe(lead);
      expect(after.passages).not.toContain(bySynonym);
    }
  });

  it('shows beside the note no disagreement quoting a named article', () => {
    const quote = (source: SourceRef) => ({ quote: `q ${source.id}`, source, start: 0, end: 3 });
    const answer = withNamedSource(
      {
        ...answerOf([passage(sources[2]!)]),
        sourcesDiffer: [
          { aspect: 'number', quotes: [quote(sources[2]!), quote(sources[0]!)] },
          { aspect: 'place', quotes: [quote(sources[2]!), quote(ref('d', 'Hill Gazette'))] },
        ],
      },
      { named: [0, 1], sources, limit: 3, searchIn: () => [], ...allContent },
    );
    expect(answer.notFromNamed?.outlet).toBe('Gull Radio');
    expect(answer.sourcesDiffer.map((d) => d.aspect)).toEqual(['place']);
  });

  it('names the outlet only when the named articles are all of its articles', () => {
    const note = (named: number[]) =>
      withNamedSource(answerOf([passage(sources[2]!)]), {
        named,
        sources,
        limit: 3,
        searchIn: () => [],
        ...allContent,
      }).notFromNamed;
    expect(note([0, 1])).toEqual({ sources: [sources[0], sources[1]], outlet: 'Gull Radio' });
    expect(note([0])?.outlet).toBeNull();
    expect(outletOfAll([0, 2], sources)).toBeNull();
    expect(outletOfAll([0], [ref('x', null)])).toBeNull();
    // One outlet under two names: its articles are all of it, called by the shorter name.
    const twoNames = [
      ref('a', 'Radio Northvale News'),
      ref('b', 'Radio Northvale'),
      ref('c', null),
    ];
    expect(outletOfAll([0, 1], twoNames)).toBe('Radio Northvale');
    expect(outletOfAll([0], twoNames)).toBeNull();
  });
});

describe("the outlet's own name in its articles is who reported, not what", () => {
  let local: Engine;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ engine: local, cleanup: done } = await plainCorpusEngine({
      'kestrel-1.md': frontMatterArticle(
        'Quarry lorries delayed',
        'Radio Kestrel',
        '2024-05-02',
        'Hauliers in Kestrel say the road closure has added an hour to deliveries.\n\nRadio Kestrel asked the quarry owner whether more lorries would be diverted.',
      ),
      'kestrel-2.md': frontMatterArticle(
        'Quarry accounts filed',
        'Radio Kestrel',
        '2024-05-03',
        'Radio Kestrel asked the quarry whether it would cut jobs.\n\nThe quarry made a loss of £2m in 2023, its accounts show.',
      ),
      'netting.md': frontMatterArticle(
        'Slope left unchecked',
        'Vale Echo',
        '2024-05-04',
        'The netting above the quarry road was not inspected for seven years.',
      ),
      'school.md': frontMatterArticle(
        'School roof mended',
        'Vale Echo',
        '2024-05-05',
        'Builders mended the school roof over the holidays.',
      ),
    }));
  }, 60_000);
  afterAll(() => done());

  it('a passage holding only the words of its name does not answer for it', () => {
    const answer = local.ask('Did Radio Kestrel say anything about the netting?');
    const ids = (file: string) => local.sources().find((s) => s.file === file)!.id;
    const radio = [ids('kestrel-1.md'), ids('kestrel-2.md')];
    expect(answer.notFromNamed?.outlet).toBe('Radio Kestrel');
    for (const passage of shown(answer)) expect(radio).not.toContain(passage.source.id);
  });

  it("a named passage with the question's words still answers for it", () => {
    const answer = local.ask('Did Radio Kestrel say anything about the quarry lorries?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.source.outlet).toBe('Radio Kestrel');
    expect(answer.notFromNamed).toBeUndefined();
  });
});
