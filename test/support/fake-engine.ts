/**
 * Small hand-made engines for unit tests: a realistic one, and a hostile one whose every string
 * is as long and as full of markdown and mentions as it can be.
 */
import type {
  Answer,
  AnswerPassage,
  Engine,
  Quote,
  SourceRef,
  SourceSummary,
  TimelineEvent,
  TimelinePage,
} from '../../src/engine/types.js';

/** Text that tries everything: markdown, mentions, masked links, headings, code, spoilers. */
export const HOSTILE =
  '@everyone @here <@123456789012345678> <@&987654321098765432> **bold** __u__ *i* ~~s~~ ||spoiler|| `code` ```block``` [click](https://evil.example) # heading\n> quote\n- list \\ back';

/** A string of `n` characters made of hostile text and long words. */
export function hostileText(n: number): string {
  let out = '';
  while (out.length < n)
    out += HOSTILE + ' supercalifragilisticexpialidocious-' + 'x'.repeat(120) + ' 😀 ';
  return out.slice(0, n);
}

/** A source with the given fields. */
export function source(id: string, over: Partial<SourceRef> = {}): SourceRef {
  return {
    id,
    title: `Title of ${id}`,
    outlet: 'The Outlet',
    published: '2020-11-19',
    url: `https://news.example/${id}`,
    author: null,
    ...over,
  };
}

/** A passage quoting `quote` with highlights on the words listed. */
export function passage(
  quote: string,
  src: SourceRef,
  words: string[] = [],
  also: Quote[] = [],
): AnswerPassage {
  const highlights: Array<[number, number]> = [];
  for (const w of words) {
    const at = quote.indexOf(w);
    if (at >= 0) highlights.push([at, at + w.length]);
  }
  return {
    quote,
    source: src,
    start: 0,
    end: quote.length,
    score: 1,
    highlights,
    alsoReportedBy: also,
  };
}

/** An engine that returns fixed data. */
export function fixedEngine(data: {
  answer?: (q: string) => Answer;
  sources?: SourceSummary[];
  events?: TimelineEvent[];
  builtAt?: string;
}): Engine & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    ask(question, options) {
      calls.push({ ask: question, options });
      return (
        data.answer?.(question) ?? {
          question,
          answered: false,
          passages: [],
          closest: [],
          sourcesDiffer: [],
        }
      );
    },
    sources() {
      return data.sources ?? [];
    },
    timeline(filters = {}): TimelinePage {
      calls.push({ timeline: filters });
      const all = data.events ?? [];
      const offset = filters.offset ?? 0;
      const limit = filters.limit ?? 10;
      return { events: all.slice(offset, offset + limit), total: all.length, offset, limit };
    },
    info() {
      return {
        builtAt: data.builtAt ?? '2026-01-02T03:04:05.000Z',
        articles: data.sources?.length ?? 0,
        sentences: 0,
      };
    },
  };
}

/** An engine whose every answer, source and event is as long and hostile as possible. */
export function hostileEngine(): Engine & { calls: unknown[] } {
  const src = (i: number): SourceRef =>
    source(`h${i}`, {
      title: hostileText(3000),
      outlet: hostileText(500),
      published: hostileText(40),
      url: i % 2 ? 'javascript:alert(1)' : `https://x.example/${'a('.repeat(200)}`,
    });
  const quote = (i: number): Quote => ({
    quote: hostileText(5000),
    source: src(i),
    start: 0,
    end: 5000,
  });
  const also = Array.from({ length: 30 }, (_, i) => quote(i + 10));
  const passages = Array.from({ length: 5 }, (_, i) => ({
    ...passage(hostileText(5000), src(i), ['@everyone', '**bold**', 'spoiler']),
    highlights: [
      [0, 4999],
      [10, 20],
      [4990, 5100],
    ] as Array<[number, number]>,
    alsoReportedBy: also,
  }));
  const sources: SourceSummary[] = Array.from({ length: 60 }, (_, i) => ({
    ...src(i),
    id: `h${i}-${'i'.repeat(i * 3)}`,
    passages: i,
  }));
  const events: TimelineEvent[] = Array.from({ length: 35 }, (_, i) => ({
    date: '2020-11-19',
    precision: (['day', 'month', 'season', 'year'] as const)[i % 4]!,
    season: i % 4 === 2 ? hostileText(300) : undefined,
    yearStated: true,
    future: i % 3 === 0,
    quotes: Array.from({ length: 12 }, (_, j) => quote(j)),
  }));
  const sourcesDiffer = (['place', 'date', 'number'] as const).map((aspect) => ({
    aspect,
    quotes: Array.from({ length: 6 }, (_, i) => quote(i + 40)),
  }));
  return fixedEngine({
    answer: (q) =>
      q.includes('abstain')
        ? { question: q, answered: false, passages: [], closest: passages, sourcesDiffer: [] }
        : { question: q, answered: true, passages, closest: [], sourcesDiffer },
    sources,
    events,
  });
}
