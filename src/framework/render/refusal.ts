/**
 * What every front end says when it shows no answer, each wording defined once here: the
 * Discord reply (answer.ts) makes it an embed, and the console and command line
 * (cli/format-answer.ts) print it without loading discord.js. Each claims only what its rule
 * knows:
 * - with closest passages, that no passage clearly answers (the abstention classifier trusts
 *   none, src/search/abstain.ts; not proof that none does);
 * - with none, that no passage uses the question's words: none holds one of them, an alias,
 *   an inflection (any of WordNet's irregular ones), another spelling ("analysed" for
 *   "analyzed", "cease-fire" for "ceasefire", the word a misspelling stands for: "recommendations"
 *   for "recomendations") or a negated form of one ("unhurt" for "hurt"), a source it names or a date
 *   it names (src/engine/about-fallback.ts). A passage holding only a synonym may still be
 *   about it, so the reply never says that nothing is.
 */

/**
 * Which refusal: the closest passages are shown; no passage holds the question's words; or the
 * question has no word to look for.
 */
export type RefusalKind = 'closest' | 'no-words' | 'no-word-asked';

/** The refusal for an unanswered reply that shows `shown` passages ({@link RefusalKind}). */
export function refusalKind(answer: { asksNoWord?: true }, shown: number): RefusalKind {
  if (shown > 0) return 'closest';
  return answer.asksNoWord ? 'no-word-asked' : 'no-words';
}

/** What a question was limited to, as a refusal names it. */
export interface RefusalScope {
  /** How the sentence names it: "the article “Title”", "the articles of Outlet". */
  name: string;
  /** True for several articles (an outlet's): "these articles", else "this article". */
  several: boolean;
}

/**
 * The refusal as plain text: `title`, one line without a full stop; `text`, the sentence that
 * says it of `scope` (or of the whole coverage). `besideNamed`: the reply also carries the note
 * that the sources the question names do not answer (named-source.ts), which says which
 * articles were searched; the closest passages' refusal then says nothing of where was looked
 * (its text is empty), since "The whole coverage was searched." beside "The question names X:
 * its articles were searched." gives two answers to one question.
 *
 * @example refusalNote('no-words').title // 'No passage in the coverage uses the words this question asks about'
 */
export function refusalNote(
  kind: RefusalKind,
  scope?: RefusalScope,
  besideNamed = false,
): { title: string; text: string } {
  const these = scope === undefined ? null : scope.several ? 'these articles' : 'this article';
  if (kind === 'closest')
    return {
      title: these
        ? `No passage of ${these} clearly answers this`
        : 'No passage clearly answers this',
      // The title says no passage clearly answers; the text says only where was looked.
      text: besideNamed
        ? ''
        : scope
          ? `Only ${scope.name} ${scope.several ? 'were' : 'was'} searched.`
          : 'The whole coverage was searched.',
    };
  if (kind === 'no-word-asked')
    return {
      title: 'This question has no word to look for',
      text: 'Its words only frame a question (as “what”, “did”, “it” do) and name nothing it is about, so no passage can be said to hold them or not. Ask with the words of what you want to know.',
    };
  return {
    title: these
      ? `No passage of ${these} uses the words this question asks about`
      : 'No passage in the coverage uses the words this question asks about',
    text: `None of the words this question asks about is in a passage of ${scope?.name ?? 'the coverage'}, nor an alias, an inflection, another spelling or a negated form (“unhurt” for “hurt”) of one; a date it names counts only whole, and a light verb beside them (“make”, “take”, “get”) or a word that only frames a question (“report”, “say”, “what”) names nothing it asks about.`,
  };
}
