/**
 * "What did Northline Ferries say about the delay?" asks for Northline's speech. The company's
 * own release is its speech, and so is a quote another outlet attributes to it or to one who
 * speaks for it ("A Northline spokesperson said the delay was caused by a fault in the port
 * engine"): reported speech names its speaker in its reporting clause (Quirk et al. 1985,
 * 14.29–31), and a representative's words are the body's (news style attributes a company's
 * statement to "a spokesperson" or its officers). The search favours the named articles
 * (search/score.ts `namedSourcesFirst`), so the release's passages may fill every place and the
 * paper's quote of the company, often the one that answers, is lost.
 *
 * The rule, kept here alone: when the question frames a source named by its outlet's or author's
 * name as a speaker (search/plan/source-framing.ts `framedAsSpeaker`: "what did Northline say",
 * "according to Northline"), passages of other articles that attribute speech to it and hold
 * what the question asks in its own words are its speech too. Among its speech, a passage
 * holding more of the question's words comes first (coordination level: how many of the query's
 * terms a passage holds, the oldest ranking of Boolean retrieval), its own articles first among
 * equals; then the other passages as ranked. At least one of its quoted speech is shown when
 * more than one passage is asked for. Nothing changes when the asker chose the source
 * (`source:`), the question names a date, or no such quote is found.
 */
import { TITLE_WORDS } from '../search/plan/answer-type.js';
import { holderSpans } from '../search/select/fact-holders.js';
import { stem, tokenize } from '../text/terms.js';
import type { Answer, AnswerPassage } from './types.js';

/** Titles and roles of one who speaks for a body ("spokesperson", "chief executive", "official"). */
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS.split('|'));

/**
 * True when `text` attributes speech to the body or person whose name's terms are `name`: one
 * of the holders its reporting clauses name (search/select/fact-holders.ts `holderSpans`: "X
 * said …", "…, X said", "said X", "according to X") writes a word of the name capitalised, as a
 * name, and ends with the name, a title or role ("A Northline spokesperson", "Northline's
 * operations director") or a capitalised name ("Northline chief executive Ruth Marr"). A holder
 * that is someone else the name describes ("Northline passengers said …") does not speak for
 * it, nor does a clause that tells of it ("Passengers said Northline had failed them").
 */
export function attributesSpeechTo(text: string, name: ReadonlySet<string>): boolean {
  if (name.size === 0) return false;
  return holderSpans(text).some((span) => {
    const words = tokenize(text.slice(span.start, span.end));
    const capitalised = (at: number) =>
      /^\p{Lu}/u.test(text.slice(span.start + (words[at]?.start ?? 0)));
    const named = words.some((token, at) => name.has(stem(token.word)) && capitalised(at));
    const head = words.length - 1;
    const last = words[head];
    if (!named || last === undefined) return false;
    return (
      name.has(stem(last.word)) ||
      TITLES.has(last.word) ||
      TITLES.has(last.word.replace(/s$/, '')) ||
      capitalised(head)
    );
  });
}

/** What {@link withAttributedSpeech} needs of the engine. */
export interface AttributedSpeechContext {
  /** Ids of the articles the question names (its own speech). */
  named: ReadonlySet<string>;
  /** The index terms of the name the question frames as a speaker; empty: the rule does not apply. */
  speaker: ReadonlySet<string>;
  /** Passages asked for. */
  limit: number;
  /** The question searched in the other articles: their passages, best first (read only when needed). */
  others: () => AnswerPassage[];
  /**
   * How many of the words the question asks beyond the source's name a passage holds, in its own
   * words or an accepted reading of one (named-source.ts `contentBeyondNaming`'s `'own'` bar);
   * at least 1 for a passage that answers for the speaker.
   */
  held: (passage: AnswerPassage) => number;
}

const key = (p: AnswerPassage) => `${p.source.id}\n${p.start}`;

/**
 * `answer` with the speech of the source it names as a speaker ordered first, as the rule at
 * the top of this file says; unchanged when the rule does not apply or no other article
 * quotes that speech.
 */
export function withAttributedSpeech(answer: Answer, context: AttributedSpeechContext): Answer {
  if (context.speaker.size === 0 || answer.notStated !== undefined) return answer;
  if (!answer.answered && answer.notFromNamed === undefined) return answer;
  const shown = answer.answered ? answer.passages : answer.closest;
  const isQuoted = (p: AnswerPassage) =>
    !context.named.has(p.source.id) &&
    p.page === undefined &&
    context.held(p) > 0 &&
    attributesSpeechTo(p.quote, context.speaker);
  const seen = new Set(shown.map(key));
  const quoted = [
    ...shown.filter(isQuoted),
    ...context.others().filter((p) => !seen.has(key(p)) && isQuoted(p)),
  ];
  if (quoted.length === 0) return answer;
  const own = shown.filter((p) => context.named.has(p.source.id));
  const quotedKeys = new Set(quoted.map(key));
  const rest = shown.filter((p) => !context.named.has(p.source.id) && !quotedKeys.has(key(p)));
  // Its own passages first among equals: a stable sort keeps them before the quotes.
  const speech = [...own, ...quoted]
    .map((passage, i) => ({ passage, i, held: context.held(passage) }))
    .sort((a, b) => b.held - a.held || a.i - b.i)
    .map(({ passage }) => passage);
  let passages = [...speech, ...rest].slice(0, context.limit);
  // Quoted speech is not left out for the source's own passages when two or more are shown.
  if (context.limit > 1 && !passages.some((p) => quotedKeys.has(key(p))))
    passages = [...passages.slice(0, context.limit - 1), quoted[0]!];
  if (answer.answered) return { ...answer, passages };
  // The note stays: no passage of the named articles answers, and these are other sources'.
  return { ...answer, closest: passages };
}
