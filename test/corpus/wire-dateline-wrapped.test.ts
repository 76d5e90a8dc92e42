/**
 * A wire dateline with its outlet in brackets (AP style: "TOLLMERE, February 10, 2025 (Orlan
 * Herald) — …") states the article's date and outlet however the lines fall: the dash ending
 * its line, the story below it; or the dateline wrapped over two lines. Its weekdays are then
 * counted from the date it states. Invented depot-collapse articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { parseWireDateline } from '../../src/corpus/wire-dateline.js';
import type { Corpus } from '../../src/corpus/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const HEADLINE = 'Depot roof collapse';
const STORY = 'Council leaders met on Monday morning after the collapse on Saturday.';
const AFTER = 'The depot will stay shut, the council said.';

/** The article's text with its first paragraph written as given. */
const page = (opening: string) => `${HEADLINE}\n\n${opening}\n\n${AFTER}`;

const LAYOUTS: [string, string, string, string | null][] = [
  // [kind, opening, dateline as dropped, outlet]
  [
    'on one line',
    `TOLLMERE, February 10, 2025 (Orlan Herald) — ${STORY}`,
    'TOLLMERE, February 10, 2025 (Orlan Herald)',
    'Orlan Herald',
  ],
  [
    'a comma after the year',
    `TOLLMERE, February 10, 2025, (Orlan Herald) — ${STORY}`,
    'TOLLMERE, February 10, 2025, (Orlan Herald)',
    'Orlan Herald',
  ],
  [
    'the dash ending its line',
    `TOLLMERE, February 10, 2025 (Orlan Herald) —\n${STORY}`,
    'TOLLMERE, February 10, 2025 (Orlan Herald)',
    'Orlan Herald',
  ],
  [
    'a paragraph of its own',
    `TOLLMERE, February 10, 2025 (Orlan Herald) —\n\n${STORY}`,
    'TOLLMERE, February 10, 2025 (Orlan Herald)',
    'Orlan Herald',
  ],
  [
    'wrapped inside the brackets',
    `TOLLMERE, February 10, 2025 (Orlan\nHerald) — ${STORY}`,
    'TOLLMERE, February 10, 2025 (Orlan Herald)',
    'Orlan Herald',
  ],
  [
    'wrapped before the brackets',
    `TOLLMERE, February 10, 2025\n(Orlan Herald) — ${STORY}`,
    '(Orlan Herald)',
    'Orlan Herald',
  ],
];

describe('a wire dateline with its outlet in brackets, however its lines fall', () => {
  it.each(LAYOUTS)('%s: states the date and outlet, keeps the story', (_, opening, dropped) => {
    const cleaned = cleanArticle(page(opening));
    expect(cleaned.dateline).toBe('2025-02-10');
    expect(cleaned.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${AFTER}`);
    expect(cleaned.dropped).toContainEqual({ line: dropped, reason: 'wire dateline' });
  });

  it('reads a dateline whose dash ends the line only before a sentence', () => {
    expect(
      parseWireDateline('TOLLMERE (Orlan Herald) —', `TOLLMERE (Orlan Herald) —\n${STORY}`),
    ).toMatchObject({ dateline: 'TOLLMERE (Orlan Herald)', outlet: 'Orlan Herald' });
    // A heading below it, or nothing: no story opens there.
    expect(
      parseWireDateline('TOLLMERE (Orlan Herald) —', 'TOLLMERE (Orlan Herald) —\n\nLatest news'),
    ).toBeNull();
    expect(parseWireDateline('TOLLMERE (Orlan Herald) —')).toBeNull();
  });

  it('leaves a first line with a bracket that the next line does not make a dateline', () => {
    const opening = 'The council (which met on Monday)\nsaid the depot would stay shut.';
    const cleaned = cleanArticle(page(opening));
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.dropped).toEqual([]);
  });
});

describe('the dated story in the corpus and the timeline', () => {
  let folder: string;
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus(
      Object.fromEntries(LAYOUTS.map(([, opening], i) => [`depot-${i}.txt`, page(opening)])),
    );
    corpus = await loadCorpus(folder);
  });
  afterAll(() => removeFolder(folder));

  it('gives each article the outlet and date its dateline states', () => {
    for (const article of corpus.articles) {
      expect(article.meta).toMatchObject({ outlet: 'Orlan Herald', published: '2025-02-10' });
    }
  });

  it("dates the story's weekdays from the dateline's date", () => {
    const events = buildTimeline(corpus);
    for (const article of corpus.articles) {
      const dates = events
        .filter((e) => e.quotes.some((q) => q.source.id === article.meta.id))
        .map((e) => e.date);
      // Monday 10 February 2025 is the date stated; the Saturday before it, the 8th.
      expect(dates).toEqual(['2025-02-08', '2025-02-10']);
    }
  });
});
