/**
 * A question that names its source in its words ("did the Harlow Valley Times say anything
 * about the cause?") asks what that source reported. The search ranks the whole coverage, with
 * the named articles favoured (search/plan/source-match.ts), so its best passages may all come
 * from other outlets; shown without a word, they read as that source's answer. The rule, kept
 * here alone: when no passage shown (nor any "also reported by" quote under one) is from an
 * article the question names, the named articles are searched alone. If they answer, their
 * passages lead the answer; if not, the reply says that no passage of them clearly answers the
 * question and that the passages shown are from other sources. It never says a named source
 * reported something it did not, and says nothing when the source named is one the asker chose
 * (`source:`), which bounds the search already.
 */
import type { Answer, AnswerPassage, NotFromNamed, SourceRef } from './types.js';

/** What {@link withNamedSource} needs of the engine. */
export interface NamedSourceContext {
  /** The articles the question's words name (plan.sources.articles), as indices; none: empty. */
  named: readonly number[];
  /** Every article's source, in corpus order. */
  sources: readonly SourceRef[];
  /** Passages asked for. */
  limit: number;
  /** The question searched in `articles` alone: its answering passages, or none when it abstains. */
  searchIn: (articles: ReadonlySet<number>) => AnswerPassage[];
}

/**
 * The outlet whose articles are exactly `named` (indices), or null when they are not all of one
 * outlet's articles (then the reply names them by title, never by an outlet some of whose
 * articles went unsearched).
 */
export function outletOfAll(
  named: readonly number[],
  sources: readonly SourceRef[],
): string | null {
  const outlet = sources[named[0] ?? -1]?.outlet ?? null;
  if (outlet === null) return null;
  const wanted = new Set(named);
  const all = sources.every((source, i) => (source.outlet === outlet) === wanted.has(i));
  return all ? outlet : null;
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
  if (shown.some(fromNamed)) return answer;
  const own = context.searchIn(new Set(context.named));
  if (own.length > 0) {
    const others = answer.answered ? answer.passages : [];
    return {
      ...answer,
      answered: true,
      passages: [...own, ...others].slice(0, context.limit),
      closest: [],
    };
  }
  const note: NotFromNamed = {
    sources: context.named.flatMap((a) => context.sources[a] ?? []),
    outlet: outletOfAll(context.named, context.sources),
  };
  return { ...answer, notFromNamed: note };
}
