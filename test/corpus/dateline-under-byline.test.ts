/**
 * A dateline in the block of the headline and byline, with no blank line between ("Stand
 * opening delayed" / "By …" / "HARROWMERE, 4 September —"): it opens the story there as it does
 * in a paragraph of its own (AP Stylebook, "datelines"), so what it states is read, a date
 * without a year as its day and month alone (never a guessed year), and the line is no passage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const HEADLINE = 'Ferry pier reopening delayed again';
const BYLINE = 'By Odile Farrant, Kelbridge Evening Post';
const STORY = 'The reopening of the ferry pier has been postponed for a second time.';
const MORE = 'The harbour board blamed late deliveries of timber.';

/** An article whose first block holds `top` (its lines), then the story's paragraphs. */
const article = (top: string[], ...paragraphs: string[]) =>
  [top.join('\n'), ...paragraphs].join('\n\n');

describe('cleanArticle: a dateline under the headline and byline in their block', () => {
  it.each([
    {
      kind: 'year-less, alone on its line',
      text: article([HEADLINE, BYLINE, 'KELBRIDGE, 3 March —'], STORY, MORE),
      dateline: 'KELBRIDGE, 3 March',
      monthDay: '--03-03',
    },
    {
      kind: 'year-less, month first, the story after its dash',
      text: article([HEADLINE, BYLINE, `KELBRIDGE, March 3 — ${STORY}`], MORE),
      dateline: 'KELBRIDGE, March 3',
      monthDay: '--03-03',
    },
    {
      kind: 'year-less, no byline above it',
      text: article([HEADLINE, 'KELBRIDGE, 3 March —'], STORY, MORE),
      dateline: 'KELBRIDGE, 3 March',
      monthDay: '--03-03',
    },
    {
      kind: 'year-less, with no dash (the line break ends it)',
      text: article([HEADLINE, BYLINE, 'KELBRIDGE, 3 March'], STORY, MORE),
      dateline: 'KELBRIDGE, 3 March',
      monthDay: '--03-03',
    },
  ])('reads the day and month, no year: $kind', ({ text, dateline, monthDay }) => {
    const cleaned = cleanArticle(text);
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.datelineMonthDay).toBe(monthDay);
    expect(cleaned.text).toBe([HEADLINE, STORY, MORE].join('\n\n'));
    expect(cleaned.dropped).toContainEqual({ line: dateline, reason: 'wire dateline' });
  });

  it('reads a dated one the same, the story after its dash a paragraph of its own', () => {
    const cleaned = cleanArticle(
      article([HEADLINE, BYLINE, `KELBRIDGE, 3 March 2026 — ${STORY}`], MORE),
    );
    expect(cleaned.dateline).toBe('2026-03-03');
    expect(cleaned.datelineMonthDay).toBeNull();
    expect(cleaned.text).toBe([HEADLINE, STORY, MORE].join('\n\n'));
  });

  it('reads a weekday alone there as its weekday', () => {
    const cleaned = cleanArticle(article([HEADLINE, BYLINE, 'KELBRIDGE, Saturday —'], STORY));
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.datelineMonthDay).toBeNull();
    expect(cleaned.datelineWeekday).toBe(6);
    expect(cleaned.text).toBe([HEADLINE, STORY].join('\n\n'));
  });

  it('leaves a heading’s line alone: a place in capitals with nothing stated, right under it', () => {
    // "MARROWICK —" may be the heading's own second line: no credit stands between them.
    const text = article(['HARBOUR NEWS FROM', 'MARROWICK —'], STORY);
    const cleaned = cleanArticle(text);
    expect(cleaned.dropped).not.toContainEqual(
      expect.objectContaining({ reason: 'wire dateline' }),
    );
  });

  it('reads none further down than the story’s opening', () => {
    const cleaned = cleanArticle(
      article([HEADLINE, BYLINE], STORY, `${MORE}\nKELBRIDGE, 3 March —`),
    );
    expect(cleaned.datelineMonthDay).toBeNull();
  });
});

describe('loadCorpus: a year-less dateline under the byline', () => {
  let folder = '';
  let corpus: Corpus;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      'pier.txt': article([HEADLINE, BYLINE, 'KELBRIDGE, 3 March —'], STORY, MORE),
    });
    corpus = await loadCorpus(folder);
  });
  afterAll(() => removeFolder(folder));

  it('states the day and month, the year unknown', () => {
    expect(corpus.articles[0]?.meta).toMatchObject({
      published: null,
      publishedMonthDay: '--03-03',
      author: 'Odile Farrant',
      title: HEADLINE,
    });
  });

  it('quotes no passage of the dateline', () => {
    const text = corpus.articles[0]?.text ?? '';
    const sentences = corpus.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
    expect(sentences.some((text) => text.includes('KELBRIDGE'))).toBe(false);
    expect(sentences).toContain(STORY);
  });
});
