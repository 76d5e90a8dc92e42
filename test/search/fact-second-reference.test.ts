/**
 * A name and its second reference (src/search/select/fact-second-reference.ts): one report names
 * "Cobb Mill Bridge", another the same act on the same date "the bridge". The name's other words
 * are set aside when the wording is compared, so the two are one fact; a denial, another holder,
 * another date, a later occurrence, an indefinite "a bridge" and another named bridge stay apart.
 * Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { secondReferenceNames } from '../../src/search/select/fact-second-reference.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const DAY = '2026-02-13';
const relate = (a: string, b: string) => classifyFacts(a, b, { published: [DAY, DAY] });

const NAMED = 'Parish surveyors last examined Cobb Mill Bridge in June 2022.';
const SECOND = 'The parish had last examined the bridge in June 2022.';

describe('the words of a name the other report refers to by its last noun', () => {
  it('are the name’s words before that noun, after "the" only', () => {
    const aside = (a: string, b: string) => [
      ...secondReferenceNames(analyseFact(a), analyseFact(b)),
    ];
    expect(aside(NAMED, SECOND)).toEqual(['cobb', 'mill']);
    expect(aside(SECOND, NAMED)).toEqual([]);
    expect(aside(NAMED, 'The parish had last examined a bridge in June 2022.')).toEqual([]);
    // A name the first report lacks: "the bridge" may be that one.
    expect(aside(NAMED, 'The parish had last examined Tarvel Bridge in June 2022.')).toEqual([]);
  });
});

describe('one act on a named thing and on its second reference', () => {
  it('is one fact, both ways round', () => {
    expect(relate(NAMED, SECOND)).toEqual({ kind: 'same-fact' });
    expect(relate(SECOND, NAMED)).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'The parish last examined Cobb Mill Bridge in June 2022.',
        'Ann Rees, head of highways at the parish, said the parish had last examined the bridge in June 2022.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart a denial, another holder, another date, a later occurrence', () => {
    for (const other of [
      'The parish had not examined the bridge in June 2022.',
      'The county had last examined the bridge in June 2022.',
      'The parish had last examined the bridge in May 2021.',
      'The parish made a subsequent examination of the bridge in June 2022.',
      'The parish had last repainted the bridge in June 2022.',
    ])
      expect(relate(NAMED, other).kind).toBe('different-fact');
  });

  it('keeps apart "a bridge" and another named bridge', () => {
    expect(relate(NAMED, 'The parish had last examined a bridge in June 2022.').kind).toBe(
      'different-fact',
    );
    expect(relate(NAMED, 'The parish had last examined Tarvel Bridge in June 2022.').kind).toBe(
      'different-fact',
    );
  });
});

/** Each shown passage's source with the sources of its "also reported by", in order shown. */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" for a name and its second reference', () => {
  const article = (title: string, outlet: string, date: string, text: string) =>
    frontMatterArticle(title, outlet, date, text);
  const engine = suiteEngine({
    'named.md': article(
      'Footbridge shut after flood',
      'Vale Post',
      '2026-02-12',
      `Cobb Mill Bridge was shut on Tuesday after floodwater scoured its footings.\n\n${NAMED}\n\nRepairs are expected to take weeks.`,
    ),
    'second.md': article(
      'Walkers turned back at the footbridge',
      'Fen Radio',
      '2026-02-13',
      `Walkers were turned back at the Cobb Mill footbridge after flooding.\n\n${SECOND}\n\nA diversion is signposted.`,
    ),
    'county.md': article(
      'County checks',
      'Vale Post',
      '2026-02-13',
      'The county had last examined the bridge at Orme Lane in May 2021.\n\nIt plans a survey next month.',
    ),
  });

  it('joins the two reports and not the county’s', () => {
    const answer = engine.ask('When was Cobb Mill Bridge last examined?', { limit: 5 });
    const shown = links(answer);
    const joined = shown.flatMap(([id, also]) => also.map((other) => [id, other].sort().join('+')));
    expect(joined).toEqual(['named+second']);
  }, 120_000);
});
