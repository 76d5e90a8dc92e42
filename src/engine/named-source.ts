/**
 * A question that names its source in its words ("did the Harlow Valley Times say anything
 * about the cause?") asks what that source reported. The search ranks the whole coverage, with
 * the named articles favoured (search/plan/source-match.ts), so its best passages may all come
 * from other outlets; shown without a word, they read as that source's answer. The rule, kept
 * here alone: when no passage shown (nor any "also reported by" quote under one) is from an
 * article the question names, the named articles are searched alone. If they answer, their
 * passages lead the answer; if not, the reply says that no passage of them clearly answers the
 * question and that the passages shown are from other articles; a passage of another source
 * stays an answer beside that note only when it holds the question's content in its own words
 * (or an alias or inflection of one), not by a synonym alone. It never says a named source
 * reported something it did not, and says nothing when the source named is one the asker chose
 * (`source:`), which bounds the search already.
 *
 * The words naming a source say where to look, not what is asked: a passage holding none of
 * the question's own words but those ("Hauliers in Ashvale say…" from Radio Ashvale, for "Did
 * Radio Ashvale say anything about the netting?", or "… told Radio Ashvale: …") answers nothing
 * for its source, nor for any other, and is not shown as an answer whatever its rank. A named
 * article's passage is that source's answer when it holds the question's content in its own
 * words, or by any readings of two of its words: one synonym alone ("waited" for "attendance",
 * through another sense of "attend") is a link the search drew, not what the source reported.
 */
import { outletGroupKey, outletGroupName } from '../corpus/outlet-names.js';
import type { Concept, QueryPlan } from '../search/plan/query-plan.js';
import { isOwnKind } from '../search/select/own-words.js';
import { termsOf } from '../text/terms.js';
import type { Answer, AnswerPassage, NotFromNamed, SourceRef } from './types.js';

/** What {@link withNamedSource} needs of the engine. */
export interface NamedSourceContext {
  /** The articles the question's words name (plan.sources.articles), as indices; none: empty. */
  named: readonly number[];
  /** Every article's source, in corpus order. */
  sources: readonly SourceRef[];
  /**
   * The index terms that named them (plan.sources.terms). The note calls them by their outlet
   * ("The question names X") only when one of these is a word of its name: articles named by a
   * title word and a date are the question's reading, even when they are all of one outlet's.
   * Absent: as named by their outlet.
   */
  namedBy?: ReadonlySet<string>;
  /** Passages asked for. */
  limit: number;
  /**
   * The question searched in `articles` alone: its answering passages, up to the most a reply
   * may show (engine.ts `MAX_RESULTS`, whatever `limit`), or none when it abstains. More than
   * `limit`, as those holding nothing beyond the words naming the source ({@link holdsContent})
   * are dropped here, and the first `limit` of the rest kept.
   */
  searchIn: (articles: ReadonlySet<number>) => AnswerPassage[];
  /** True when a passage holds what the question asks beyond the source's name ({@link contentBeyondNaming}). */
  holdsContent: (passage: AnswerPassage) => boolean;
  /**
   * The same as the named source's answer (`'corroborated'`): in its own words or an accepted
   * reading of one, or by any reading of two of its asked words. One synonym alone ("waited"
   * for "attendance", through another sense of "attend") is a link the search drew, not the
   * source's report of it.
   */
  holdsNamedContent: (passage: AnswerPassage) => boolean;
  /**
   * The same in the question's own words or an accepted reading of one (`'own'`): what a
   * passage of another source needs to stay an answer beside the note. A synonym alone ("last"
   * for "netting", by another sense of "net") is a link the search drew, not the content.
   */
  holdsOwnContent: (passage: AnswerPassage) => boolean;
  /** The closest passages outside the named articles holding the question's words (engine `nearest`). */
  nearestElsewhere: () => AnswerPassage[];
  /**
   * The passages the question is answered with when read as naming no source (its metadata
   * words only content), up to `MAX_RESULTS` as {@link searchIn}'s, or none when that abstains:
   * searched only before the note is given.
   */
  unnamedAnswers: () => AnswerPassage[];
  /**
   * The leads (first body sentences) of the named articles whose titles hold everything the
   * question asks ({@link titleHoldsAsked}), in `named` order: searched only before the note.
   */
  titledLeads: () => AnswerPassage[];
}

/**
 * How much of the question a passage must hold beyond the words naming its sources
 * ({@link contentBeyondNaming}): `'any'` reading the search matches (an alias, a synonym, a
 * derived form, a corrected spelling); `'own'`, only the question's own words and the readings
 * search/select/own-words.ts accepts (an alias, an irregular inflection); `'corroborated'`, an
 * own word or a form derived from one ("died" for "death"), or any readings of two different asked words, so that a synonym counts when another
 * word of the question stands beside it and not alone. Given `who` (the outlet's and author's
 * words), a title word that named the source is asked too (an article is titled with what it is
 * about): it is content for `'any'`, and for `'corroborated'` beside another asked word.
 */
export type ContentBar = 'any' | 'own' | 'corroborated';

/**
 * A test of whether a passage's text holds a word the question asks about, other than the
 * words that named its sources (`plan.sources.terms`), to the {@link ContentBar} `bar`; `who`
 * (index terms of the named articles' outlets and authors; by default every naming word). True for every
 * text when the question has no other word: then nothing beyond the source is asked.
 */
export function contentBeyondNaming(
  plan: QueryPlan,
  bar: ContentBar = 'any',
  who: ReadonlySet<string> = plan.sources.terms,
): (text: string) => boolean {
  const naming = (concept: Concept, terms: ReadonlySet<string>) =>
    (concept.alternatives[0]?.terms ?? []).every((t) => terms.has(t));
  const readings = (concept: Concept) => ({
    own: concept.alternatives.filter((a) => isOwnKind(a.kind)).map((a) => a.terms),
    derived: concept.alternatives.filter((a) => a.kind === 'derived').map((a) => a.terms),
    any: concept.alternatives.map((a) => a.terms),
  });
  const asked = plan.concepts.filter((c) => !naming(c, plan.sources.terms)).map(readings);
  const titled = plan.concepts
    .filter((c) => naming(c, plan.sources.terms) && !naming(c, who))
    .map(readings);
  if (asked.length === 0) return () => true;
  return (text) => {
    const terms = new Set(termsOf(text));
    const holds = (alternatives: string[][]) =>
      alternatives.some((alternative) => alternative.every((t) => terms.has(t)));
    if (asked.some((concept) => holds(concept.own))) return true;
    if (bar === 'own') return false;
    // A derived form is the asked word's own root in another word class ("died" for "death":
    // WordNet's derivationally related forms), not another word reached through one of its
    // senses ("waited" for "attendance"): the source reports what was asked.
    if (bar === 'corroborated' && asked.some((concept) => holds(concept.derived))) return true;
    const held = asked.filter((concept) => holds(concept.any)).length;
    const heldTitled = titled.filter((concept) => holds(concept.any)).length;
    if (bar === 'any') return held + heldTitled > 0;
    return held > 0 && held + heldTitled > 1;
  };
}

/**
 * How many of the words the question asks about beyond the words naming its sources
 * (`plan.sources.terms`) a passage's text holds, each in the question's own words or a reading
 * search/select/own-words.ts accepts (an alias, an irregular inflection): the {@link ContentBar}
 * `'own'` counted, not tested. 0 for every text when nothing is asked beyond the sources.
 */
export function ownWordsHeld(plan: QueryPlan): (text: string) => number {
  const asked = plan.concepts
    .filter((c) => !(c.alternatives[0]?.terms ?? []).every((t) => plan.sources.terms.has(t)))
    .map((c) => c.alternatives.filter((a) => isOwnKind(a.kind)).map((a) => a.terms));
  return (text) => {
    if (asked.length === 0) return 0;
    const terms = new Set(termsOf(text));
    return asked.filter((readings) =>
      readings.some((reading) => reading.every((t) => terms.has(t))),
    ).length;
  };
}

/**
 * A test of whether an article's title holds every word the question asks about beyond the
 * words of the named outlet or author (`who`, index terms), each as written or by a reading
 * search/select/own-words.ts accepts (an alias, an irregular inflection): "Kelsford sale price
 * revealed" for "what's the sale price according to the Northern Ledger". False for every title
 * when nothing is asked beyond them (that question is about-fallback.ts's).
 *
 * Why it matters: a headline states what its article reports, and a news article's lead (its
 * first body sentence) states what the headline does (the inverted pyramid); such an article is
 * no source "no passage" of which answers the question, whatever words its lead uses ("agreed
 * to sell … for £1.6m" for "sale price": WordNet links no "sale" to "sell").
 */
export function titleHoldsAsked(
  plan: QueryPlan,
  who: ReadonlySet<string>,
): (title: string | null) => boolean {
  const asked = plan.concepts
    .filter((concept) => !(concept.alternatives[0]?.terms ?? []).every((t) => who.has(t)))
    .map((concept) => concept.alternatives.filter((a) => isOwnKind(a.kind)).map((a) => a.terms));
  return (title) => {
    if (asked.length === 0 || title === null) return false;
    const terms = new Set(termsOf(title));
    return asked.every((readings) =>
      readings.some((reading) => reading.every((t) => terms.has(t))),
    );
  };
}

/**
 * The outlet whose articles are exactly `named` (indices), under any of its names
 * (corpus/outlet-names.ts: "Radio Northvale" and "Radio Northvale News"), called by the shortest;
 * or null when they are not all of one outlet's articles (then the reply names them by title,
 * never by an outlet some of whose articles went unsearched).
 */
export function outletOfAll(
  named: readonly number[],
  sources: readonly SourceRef[],
): string | null {
  const first = sources[named[0] ?? -1]?.outlet ?? null;
  if (first === null) return null;
  const group = outletGroupKey(first);
  const wanted = new Set(named);
  const ofGroup = (source: SourceRef) =>
    source.outlet !== null && outletGroupKey(source.outlet) === group;
  if (!sources.every((source, i) => ofGroup(source) === wanted.has(i))) return null;
  return outletGroupName(named.flatMap((i) => sources[i]?.outlet ?? [])) ?? first;
}

/**
 * `answer` as the rule at the top of this file allows it: unchanged when the question names no
 * source, shows no passage, says what the page does not state, or shows a passage of a named
 * article; else led by the named articles' own answering passages (at most `limit` in all), or
 * marked {@link NotFromNamed} when they have none.
 */
export function withNamedSource(answer: Answer, context: NamedSourceContext): Answer {
  if (context.named.length === 0 || answer.notStated !== undefined) return answer;
  const shown = answer.answered ? answer.passages : answer.closest;
  if (shown.length === 0) return answer;
  const ids = new Set(context.named.map((a) => context.sources[a]?.id));
  const fromNamed = (p: AnswerPassage) =>
    ids.has(p.source.id) || p.alsoReportedBy.some((q) => ids.has(q.source.id));
  // The words naming a source answer nothing ("… told Radio Brisk: …" for "What did Radio
  // Brisk report about the vote?"): such a passage is not shown as an answer, whatever its rank.
  const answering = answer.answered ? answer.passages.filter(context.holdsContent) : [];
  if (shown.some((p) => fromNamed(p) && context.holdsNamedContent(p)))
    return answering.length === answer.passages.length
      ? answer
      : { ...answer, passages: answering };
  const elsewhere = (passages: readonly AnswerPassage[], holds = context.holdsContent) =>
    passages.filter((p) => !fromNamed(p) && holds(p));
  // A passage holding only the naming words gives its place to the next one; the first `limit`
  // of the rest are the named source's answer when they hold its content.
  const ranked = (passages: AnswerPassage[]) =>
    passages.filter(context.holdsContent).slice(0, context.limit);
  const own = ranked(context.searchIn(new Set(context.named))).filter(context.holdsNamedContent);
  if (own.length > 0) {
    const others = answer.answered ? elsewhere(answer.passages) : [];
    return {
      ...answer,
      answered: true,
      passages: [...own, ...others].slice(0, context.limit),
      closest: [],
    };
  }
  // The note is a claim about the named articles: it is false when the question, read as naming
  // nothing, is answered by one of their passages that holds its content as the note's bar asks
  // (the title words that seemed to name an article are often what the question is about:
  // "what did the expert say about the hackers' claims" of the article "Hackers claim…").
  // Then that answer is the reply, and nothing is said of a source.
  const unnamed = ranked(context.unnamedAnswers());
  if (unnamed.some((p) => fromNamed(p) && context.holdsNamedContent(p))) {
    const passages = unnamed.filter(
      (p) => (fromNamed(p) && context.holdsNamedContent(p)) || context.holdsContent(p),
    );
    return { ...answer, answered: true, passages: passages.slice(0, context.limit), closest: [] };
  }
  // Nor is it true of an article whose title holds all the question asks: its headline says it
  // reports that, and its lead says what the headline does. Its lead is then its answer.
  const led = context.titledLeads();
  if (led.length > 0) {
    const others = answer.answered ? elsewhere(answer.passages, context.holdsOwnContent) : [];
    return {
      ...answer,
      answered: true,
      passages: [...led, ...others].slice(0, context.limit),
      closest: [],
    };
  }
  const byOutlet =
    context.namedBy === undefined ||
    context.named.some((a) =>
      termsOf(context.sources[a]?.outlet ?? '').some((t) => context.namedBy?.has(t)),
    );
  const note: NotFromNamed = {
    sources: context.named.flatMap((a) => context.sources[a] ?? []),
    outlet: byOutlet ? outletOfAll(context.named, context.sources) : null,
  };
  // The note says the passages shown are from other articles: none of the named may stay; and
  // one shown as an answer holds the question's content in its own words, not by a synonym
  // alone (that one is at most the closest, which own-words.ts bounds the same way).
  const rest = elsewhere(shown, answer.answered ? context.holdsOwnContent : context.holdsContent);
  // A named article's words under "Sources differ" would give its value for what the note says
  // it does not clearly answer: only the other sources' disagreements stay beside the note.
  const sourcesDiffer = answer.sourcesDiffer.filter(
    (differ) => !differ.quotes.some((q) => ids.has(q.source.id)),
  );
  if (rest.length === shown.length) return { ...answer, sourcesDiffer, notFromNamed: note };
  if (answer.answered && rest.length > 0)
    return { ...answer, passages: rest, sourcesDiffer, notFromNamed: note };
  return {
    ...answer,
    answered: false,
    passages: [],
    closest: rest.length > 0 ? rest : elsewhere(context.nearestElsewhere()),
    sourcesDiffer: [],
    notFromNamed: note,
  };
}
