import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import type { Features } from '../../src/search/features.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { namedSourcesFirst } from '../../src/search/score.js';
import { engineOver, HARBOUR_GAZETTE, VALLEY_TIMES } from './fixtures.js';

/** Every quote an answer shows, with its source. */
function quotes(answer: Answer) {
  return [
    ...answer.passages.flatMap((p) => [p, ...p.alsoReportedBy]),
    ...answer.closest,
    ...answer.sourcesDiffer.flatMap((d) => d.quotes),
  ];
}

const harbour = HARBOUR_GAZETTE;
const valley = VALLEY_TIMES;

describe('context', () => {
  it('answers from a sentence whose subject is a description, quoted with the sentence it leans on', () => {
    const { engine } = engineOver(harbour, valley);
    const answer = engine.ask('How old is Mayor Ingrid Sola?');
    expect(answer.answered).toBe(true);
    const first = answer.passages[0]?.quote ?? '';
    expect(first).toContain('The 52-year-old has led');
    expect(first).toContain('Mayor Ingrid Sola opened the new quay');
  });
});

describe('questions that name a source', () => {
  it('prefer the passages of the outlet they name', () => {
    const { engine } = engineOver(harbour, valley);
    expect(engine.ask('What did the Valley Times say the quay cost?').passages[0]?.source.id).toBe(
      'times',
    );
    expect(
      engine.ask('What did the Harbour Gazette say the quay cost?').passages[0]?.source.id,
    ).toBe('gazette');
  });

  it('find the named source’s passage even when many other articles match the words better', () => {
    // More articles than candidate blocks, each matching the question's words more often
    // than the named one does: the named one's passage is found by looking in it alone.
    const others = Array.from({ length: SEARCH_OPTIONS.candidates.blocks + 10 }, (_, i) => ({
      id: `times-${i}`,
      title: `Ferry report ${i}`,
      outlet: 'Valley Times',
      published: '2023-05-03',
      paragraphs: [
        [`Ferry fares, ferry fares and more ferry fares were discussed at meeting ${i}.`],
      ],
    }));
    const named = {
      id: 'courier',
      title: 'Council notes',
      outlet: 'Skarvik Courier',
      published: '2023-05-04',
      paragraphs: [
        ['The council met on Tuesday evening in the town hall.'],
        [
          'Ferry fares will stay frozen until the spring, the councillors agreed after a long debate.',
        ],
      ],
    };
    const { engine } = engineOver(...others, named);
    const answer = engine.ask('What did the Skarvik Courier say about ferry fares?');
    expect(answer.passages[0]?.source.id).toBe('courier');
    expect(answer.passages[0]?.quote).toContain('stay frozen until the spring');
  });
});

describe('a named source comes first', () => {
  it('when it shares content with the question, even if another article matches more of it', () => {
    const { engine } = engineOver(harbour, valley);
    // The gazette holds every word of the question; the Times only "quay" and "Monday".
    const answer = engine.ask(
      'What did the Valley Times say about Mayor Ingrid Sola and the quay on Monday?',
    );
    expect(answer.passages[0]?.source.id).toBe('times');
  });

  it('unless it holds nothing about the question: then the naming is no help', () => {
    const { engine } = engineOver(harbour, valley);
    const answer = engine.ask('What did the Valley Times say about the ferry to Lindholm?');
    expect(answer.passages[0]?.source.id).toBe('gazette');
  });

  it('orders ranked candidates, keeping the order within each part', () => {
    const f = (sourceMatch: number, coverage: number) =>
      ({ sourceMatch, coverage }) as unknown as Features;
    const ranked = [
      { id: 1, features: f(0, 0.9) },
      { id: 2, features: f(1, 0.2) },
      { id: 3, features: f(0, 0.5) },
      { id: 4, features: f(1, 0.1) },
    ];
    expect(namedSourcesFirst(ranked).map((r) => r.id)).toEqual([2, 4, 1, 3]);
    const nothingNamed = ranked.map((r) => ({
      ...r,
      features: f(r.features.sourceMatch, r.id === 1 ? 0.9 : 0),
    }));
    expect(namedSourcesFirst(nothingNamed).map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('neighbour coverage', () => {
  it('stops at a paragraph break', () => {
    const { index, corpus } = engineOver({
      id: 'regatta',
      published: null,
      paragraphs: [
        ['Nils Berg expects about 400 boats at the regatta.'],
        ['The route will pass under the Mill Lane bridge.', 'Painters are at work on the bridge.'],
      ],
    });
    const ranking = index.rank(
      'How many boats will pass under the Mill Lane bridge at the regatta?',
    );
    const route = ranking.ranked.find((r) => r.sentence === 1);
    const painters = ranking.ranked.find((r) => r.sentence === 2);
    expect(corpus.sentences[1]?.paragraph).not.toBe(corpus.sentences[0]?.paragraph);
    // The first paragraph's words (boats, regatta) do not count for the second's first sentence…
    expect(route?.features.neighbourCoverage).toBe(route?.features.coverage);
    // …while its neighbour in the same paragraph does count for the sentence after it.
    expect(painters?.features.neighbourCoverage).toBeGreaterThan(painters?.features.coverage ?? 1);
  });
});

describe('sources differ', () => {
  const oslo = {
    id: 'north',
    title: 'Treaty signed',
    published: '2019-03-05',
    paragraphs: [
      ['The fisheries treaty "made in the city of Oslo on March 3, 2019" takes effect at once.'],
      ['Trawlers from both countries may fish the shared banks.'],
    ],
  };
  const bergen = {
    id: 'south',
    title: 'Ministers seal fisheries deal',
    published: null,
    paragraphs: [
      ['In March 2019, the Norland and Vestria ministries signed in Bergen a fisheries treaty.'],
      ['The treaty sets quotas for cod and herring.'],
    ],
  };

  it('shows both verbatim quotes when the articles give different places for one event', () => {
    const { engine } = engineOver(oslo, bergen);
    // "agreed": neither article's word ("made", "signed"), so neither is favoured by it.
    const answer = engine.ask('Where was the fisheries treaty agreed?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('place');
    const shown = answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort();
    expect(shown).toEqual(['north', 'south']);
  });

  it('says nothing differs when the question is about what they agree on', () => {
    const { engine } = engineOver(oslo, bergen);
    expect(engine.ask('When was the fisheries treaty signed?').sourcesDiffer).toEqual([]);
  });

  // Two outlets on a finished terminal: the final cost stated differently, with an earlier
  // estimate beside it, and a plan that came before.
  const ledger = {
    id: 'ledger',
    title: 'Terminal open',
    published: '2024-04-02',
    paragraphs: [
      ['The Skarvik ferry terminal opened to passengers after a year of building work.'],
      ['The port board put the final cost of the terminal at €8.4 million.'],
    ],
  };
  const post = {
    id: 'post',
    title: 'Skarvik terminal finished',
    published: '2024-04-02',
    paragraphs: [
      ['Passengers boarded at the new Skarvik ferry terminal for the first time.'],
      [
        'The final cost of the terminal was €7.9 million, the port board said, below the €9 million estimate given in May.',
      ],
    ],
  };
  const plan = {
    id: 'plan',
    title: 'Terminal approved',
    published: '2023-01-10',
    paragraphs: [
      ['The Skarvik ferry terminal is expected to cost €6 million, the port board said.'],
    ],
  };

  it('finds the amounts a question without an answer type asks about, not the estimate', () => {
    const { engine } = engineOver(ledger, post, plan);
    const answer = engine.ask('What was the final cost of the terminal?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('number');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'ledger',
      'post',
    ]);
  });

  it('reports no disagreement a question without an answer type does not ask about', () => {
    // Oslo and Bergen differ on where the treaty was made; this question asks something else.
    const { engine } = engineOver(oslo, bergen);
    expect(engine.ask('What did the March 2019 fisheries treaty do?').sourcesDiffer).toEqual([]);
  });

  it('sets no plan against an outcome', () => {
    const { engine } = engineOver(ledger, plan);
    expect(engine.ask('What was the final cost of the terminal?').sourcesDiffer).toEqual([]);
  });
});

describe('also reported by', () => {
  it('never lists a denial as confirming the claim it denies', () => {
    const { engine } = engineOver(
      {
        id: 'a',
        published: '2020-09-07',
        paragraphs: [
          ['The interior ministry said 200 protesters were detained in Minsk on Sunday.'],
        ],
      },
      {
        id: 'b',
        published: '2020-09-07',
        paragraphs: [
          ['The interior ministry denied that any protesters were detained in Minsk on Sunday.'],
        ],
      },
    );
    const answer = engine.ask('Were protesters detained in Minsk on Sunday?', { limit: 3 });
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages) expect(passage.alsoReportedBy).toEqual([]);
  });

  it('lists the same fact reported by another article once, under the first', () => {
    const { engine } = engineOver(
      {
        id: 'a',
        published: '2019-03-05',
        paragraphs: [
          [
            'On March 3, 2019, the Norland foreign minister signed the fisheries treaty with Vestria in Oslo.',
          ],
        ],
      },
      {
        id: 'b',
        published: '2019-03-06',
        paragraphs: [
          [
            'The fisheries treaty with Vestria was signed by the Norland foreign minister in Oslo on March 3, 2019.',
          ],
        ],
      },
    );
    const answer = engine.ask('Who signed the fisheries treaty with Vestria?');
    expect(answer.passages).toHaveLength(1);
    expect(answer.passages[0]?.alsoReportedBy.map((q) => q.source.id)).toHaveLength(1);
  });
});

describe('honest abstention', () => {
  it('says nothing in the coverage is about a question none of whose words it uses', () => {
    const { engine } = engineOver(harbour, valley);
    const answer = engine.ask('What is the recipe for blueberry pancakes?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.closest).toEqual([]);
  });

  it('answers a question the coverage answers in its own words', () => {
    const { engine } = engineOver(harbour, valley);
    const answer = engine.ask('When will the ferry between Lindholm and Skarvik reopen?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('will reopen in June');
  });
});

describe('quotes', () => {
  it('never start or end inside a speaker’s quotation', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        [
          'The harbour master spoke at length.',
          '“The quay is safe.',
          'The cranes were all inspected in April,” she said.',
        ],
      ],
    });
    const answer = engine.ask('When were the cranes inspected?');
    const quote = answer.passages[0]?.quote ?? '';
    expect(quote).toContain('“The quay is safe.');
    expect(quote).toContain('she said.');
  });

  it('quote a sentence restating a corrected error with the correction after it', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The harbour crane is to be restored.'],
        [
          'Correction: Our article of 2 May said the harbour crane was built in 1902.',
          'It was completed in 1897.',
          'We apologise for the error.',
        ],
      ],
    });
    const quote = engine.ask('When was the harbour crane built?').passages[0]?.quote ?? '';
    expect(quote).toContain('was built in 1902.');
    expect(quote).toContain('It was completed in 1897.');
  });

  it('quote a correction note with the next sentence that gives the right value', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The harbour fair drew a large crowd.'],
        [
          'Correction: In our issue of 2 May we said the harbour fair would be held at the sailing club.',
          'It was in fact held at the fish market.',
          'We apologise for any confusion.',
        ],
      ],
    });
    const quote = engine
      .ask('where was the harbour fair held?')
      .passages.find((p) => p.quote.includes('sailing club'))?.quote;
    expect(quote).toContain('It was in fact held at the fish market.');
  });

  it('join a corrected error to the passage of its correction, not drop it as a repeat', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The harbour crane is to be restored this summer.'],
        [
          'Correction: an earlier version of this article misstated the cost of restoring the harbour crane as $4 million.',
          'The cost in the council report is $3 million.',
        ],
      ],
    });
    const answer = engine.ask('What is the cost of the crane in the council report?');
    const quote = answer.passages.find((p) => p.quote.includes('$3 million'))?.quote ?? '';
    expect(quote).toContain('misstated the cost');
    expect(quote).toContain('The cost in the council report is $3 million.');
  });

  it('are verbatim spans of their articles', () => {
    const { engine, corpus } = engineOver(harbour, valley);
    for (const q of ['quay cost', 'Who opened the quay?', 'protest fishermen', 'ferry June']) {
      for (const quote of quotes(engine.ask(q, { limit: 5 }))) {
        const article = corpus.articles.find((a) => a.meta.id === quote.source.id);
        expect(article?.text.slice(quote.start, quote.end)).toBe(quote.quote);
      }
    }
  });
});
