/**
 * Puts page lines into an answer (search/page-passages.ts): a question about the page is
 * answered first by the page lines that match it, each quoted whole and labelled, then by
 * the body's passages when the body answers too. When the named articles state no byline or
 * dateline, the answer says so (a refusal: nothing is guessed), with the author or date the
 * article's metadata gives when it gives one; when the photo asked about has no credit, it says
 * that. A question asking only who wrote or when was published an article it does not name is
 * not answered at all.
 */
import { PAGE_LINE_LABEL } from '../corpus/page-lines.js';
import type { PageAnswer } from '../search/page-passages.js';
import type { Answer, AnswerPassage, NotStated, SourceRef } from './types.js';

/**
 * `answer` (the body's) with the page's lines and notes. Unchanged when the page gives
 * nothing. `limit` is the number of passages asked for; `named`, the articles the question
 * names by their metadata (plan.sources.articles: "the Radio Orvane story" names Radio Orvane's).
 *
 * When every page line shown is of an article the question names, the question is about those
 * articles' pages: the body's passages after the lines are theirs only ("when was the Radio
 * Orvane story published?" is not answered by another outlet's "should publish every report",
 * nor "who wrote the Gazette piece about the reopening?" by the Gazette's closure piece), and
 * so are the sources said to differ.
 */
export function withPageAnswer(
  answer: Answer,
  page: PageAnswer,
  sources: readonly SourceRef[],
  limit: number,
  named: ReadonlySet<number> = new Set(),
): Answer {
  const lines: AnswerPassage[] = page.hits.flatMap((hit) => {
    const source = sources[hit.article];
    if (!source) return [];
    return [
      {
        quote: hit.line.text,
        source,
        start: 0,
        end: hit.line.text.length,
        score: Math.round(hit.score * 1000) / 1000,
        highlights: [],
        alsoReportedBy: [],
        page: { kind: hit.line.kind, label: PAGE_LINE_LABEL[hit.line.kind], line: hit.index },
      },
    ];
  });
  if (lines.length > 0) {
    const ids = new Set(page.hits.flatMap((hit) => sources[hit.article]?.id ?? []));
    const ofNamed = page.hits.every((hit) => named.has(hit.article));
    const keep = (source: SourceRef) => !ofNamed || ids.has(source.id);
    const body = answer.answered ? answer.passages.filter((p) => keep(p.source)) : [];
    const differ = answer.answered ? answer.sourcesDiffer : [];
    return {
      ...answer,
      answered: true,
      passages: [...lines, ...body].slice(0, limit),
      closest: [],
      sourcesDiffer: differ.filter((d) => d.quotes.every((q) => keep(q.source))),
    };
  }
  const notStated: NotStated[] = page.notStated.flatMap(
    ({ article, asks, caption }): NotStated[] => {
      const source = sources[article];
      if (!source) return [];
      if (asks === 'credit') return [{ source, asks, metadata: null, caption: caption ?? '' }];
      return [{ source, asks, metadata: asks === 'author' ? source.author : source.published }];
    },
  );
  // A question only about an article's page that names no article the page could answer:
  // the body's passages, found by its other words, would answer another question.
  if (notStated.length === 0)
    return page.onlyOfPage
      ? { ...answer, answered: false, passages: [], closest: [], sourcesDiffer: [] }
      : answer;
  // The page is what was asked about: the body's passages would answer another question.
  return { ...answer, answered: false, passages: [], closest: [], sourcesDiffer: [], notStated };
}

/**
 * What a reply says about a {@link NotStated}, after the article's title in quotes: that the
 * article states no author or date, or that only its metadata does (true either way: the page
 * lines were looked at, and the metadata is shown as the article's), or, for an article that
 * names only the day it was sent, that its date is unknown; or that the photo asked
 * about, named by its caption, has no credit with it.
 *
 * @example
 * notStatedPhrase({ source, asks: 'author', metadata: null })
 * // 'names no author: no byline was found in it, and its metadata gives none.'
 */
export function notStatedPhrase(note: NotStated): string {
  if (note.asks === 'credit')
    return `credits no one for the photo captioned “${note.caption ?? ''}”: no photo credit was found with it.`;
  if (note.asks === 'author')
    return note.metadata === null
      ? 'names no author: no byline was found in it, and its metadata gives none.'
      : `has no byline that was found; its metadata names the author: ${note.metadata}.`;
  if (note.metadata !== null)
    return `has no dateline that was found; its metadata gives the publication date: ${note.metadata}.`;
  // A forwarded or e-mailed article names the day it was sent (sending-unknown.ts): its date is
  // unknown, not unstated, so "gives no publication date" would be untrue.
  return note.source.publishedUnconfirmed === true
    ? 'has no dateline that was found, and names only the day it was sent, which may not be the day it was published.'
    : 'gives no publication date: no dateline was found in it, and its metadata gives none.';
}

/** How a reply labels a page line quoted as a passage: "From the page: photo caption". */
export function pageLabelText(passage: AnswerPassage): string | null {
  return passage.page ? `From the page: ${passage.page.label}` : null;
}
