/**
 * Where a question's own framing marks a name as a source: as who says something, not what it
 * is about. A name the coverage reports on as a story's subject (a company that issued a
 * release, which two papers lead with: plan/source-match.ts `reportedElsewhere`) is ambiguous
 * in a question: "when will Northgate reopen the plant?" asks about the company, and every
 * source's passages on it should compete; "what did Northgate say about the plant?" asks what
 * the company itself stated, and its own release comes first. English marks a source so by
 * - attribution before it: "according to Northgate", "per the Courier" (a preposition of
 *   attribution, Quirk et al. 1985, 9.64);
 * - a verb of saying or of stance after it, of which it is the subject ("what did Northgate
 *   say", "Northgate claimed", "has the Courier reported"), or after whose "by" it stands ("as
 *   reported by the Courier"): the reporting clause of reported speech (Quirk et al. 1985,
 *   14.29–31);
 * - a noun for a published piece after it, the name its possessor or modifier ("in Northgate's
 *   release", "the Courier article", "Lincoln's 1862 message");
 * - a question asking for nothing but a source's coverage, the name its only other words:
 *   "anything from Radio Kessel?" ("from", the preposition of source: Quirk et al. 1985, 9.44),
 *   "what's Radio Kessel reporting", "Radio Kessel's latest", "recent Radio Kessel stories".
 *   With nothing else asked, the name is not what anything is asked about. Beside other words
 *   ("when will staff from Northgate return"), after a preposition of topic ("the news on
 *   Northgate"), or alone ("Northgate?"), it is not read so.
 * Those are the framings the rule reads; nothing else names a source the coverage reports on.
 */
import { BE_FORMS } from '../../text/auxiliaries.js';
import { CLAUSE_OBJECT_VERBS } from '../../timeline/lexicon.js';
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isPossessive } from '../../text/possessive.js';
import { isStopWord, stem, tokenize, type Token } from '../../text/terms.js';
import { askedHolderOf } from '../abstain-other-holder.js';
import { isPublishingWord } from './page-question.js';
import { PIECE_KINDS } from './piece-kinds.js';
import { SOURCE_NOUNS, SOURCE_OUTPUT_WORDS } from './source-match.js';

/** Words of a name read at most before or after its framing: "the Harbour Valley Courier Group". */
const MAX_NAME_WORDS = 5;

/**
 * Nouns for what a source publishes: the words for a source ({@link SOURCE_NOUNS}), the genres
 * of piece (piece-kinds.ts, their last word: "release" of "press release", never a genre as often
 * a thing in the story: "letter") and the statement a body issues ("Northgate's statement").
 */
const PUBLISHED_NOUNS: ReadonlySet<string> = new Set([
  ...SOURCE_NOUNS,
  ...PIECE_KINDS.filter((kind) => !kind.storySense).map((kind) => kind.words.split(' ').at(-1)!),
  'statement',
  'announcement',
]);

/** Words before a name that attribute what follows to it: "according to", "per". */
const ATTRIBUTING = /^(?:according to|per)$/;

/**
 * True when only spaces, or a possessive's ending and spaces, stand between two words: "'s"
 * ("Northgate's statement"), or the apostrophe alone after a name ending in s ("Acme Foods'
 * statement", text/possessive.ts), as "'s" is written after a sibilant.
 */
const joined = (text: string, before: Token, after: Token) => {
  const between = text.slice(before.end, after.start);
  return (
    /^(?:['’]s)?\s+$/u.test(between) ||
    (/^['’]\s+$/u.test(between) && isPossessive(text, before) && /s$/iu.test(before.word))
  );
};

/** A word for a published piece, singular or plural ("statements", "articles", "stories"). */
const isPublishedNoun = (word: string) =>
  [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].some((form) =>
    PUBLISHED_NOUNS.has(form),
  );

/**
 * Words that frame a question by asking an amount ("how much", "how many"): they ask for a
 * quantity of what the question is about, never for a source's coverage.
 */
const ASKS_AMOUNT: ReadonlySet<string> = new Set(['much', 'many']);

/**
 * True for a word that asks for a source's coverage, not what it is about: a word that frames a
 * question ("anything", "news": text/stop-words.ts QUESTION_WORDS) other than one asking an
 * amount ({@link ASKS_AMOUNT}), a word for a published piece, one asking for its newest or its
 * whole (source-match.ts SOURCE_OUTPUT_WORDS: "latest", "headlines"), or a verb of saying.
 */
const asksForCoverage = (word: string) =>
  (QUESTION_WORDS.has(word) && !ASKS_AMOUNT.has(word)) ||
  SOURCE_OUTPUT_WORDS.has(word) ||
  isPublishedNoun(word) ||
  CLAUSE_OBJECT_VERBS.has(word);

/** Prepositions before a name that make it a topic ("the news on Northgate", "about"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(
  'about on over regarding concerning around at in into with for of against'.split(' '),
);

/**
 * The index terms of the question's words that its framing marks as a source's name (see the
 * file header): the run of content words (no stop word, at most {@link MAX_NAME_WORDS}) right
 * after "according to" or "per" (a "the" between left out), right before a verb of saying or
 * stance or a noun for a published piece, right after such a verb's "by", or the question's
 * one run of content words when every other word is a function word or asks for coverage
 * ({@link asksForCoverage}, one of them at least) and no preposition of topic stands before it.
 * `text` is the question, `all` its tokens (stop words included).
 *
 * @example
 * [...framedAsSource(q, tokenize(q))] // q = 'What did Northgate say about the plant?' → ['northgat']
 * [...framedAsSource(q, tokenize(q))] // q = 'When will Northgate reopen the plant?' → []
 */
export function framedAsSource(text: string, all: readonly Token[]): Set<string> {
  const { speaker, publisher } = framings(text, all);
  return new Set([...speaker, ...publisher]);
}

/**
 * The index terms of the question's words that its framing marks as a speaker's name: after
 * "according to" or "per", or as the subject of a verb of saying or stance (or after its "by");
 * not a name framed only as a published piece's ("in Northgate's release") or as where coverage
 * comes from ("anything from Northgate?"). "What did Northgate say about the delay?" asks for
 * what Northgate said wherever it is told, in its own release or quoted in a paper
 * (engine/attributed-speech.ts).
 *
 * @example
 * [...framedAsSpeaker(q, tokenize(q))] // q = 'What did Northgate say about the plant?' → ['northgat']
 * [...framedAsSpeaker(q, tokenize(q))] // q = "What is in Northgate's release?" → []
 */
export function framedAsSpeaker(text: string, all: readonly Token[]): Set<string> {
  return framings(text, all).speaker;
}

/**
 * The index terms of the name a question makes the holder of what it asks, not its source: the
 * owner of the noun asked ("who is the boss of Norland Foods", "what is Norland Foods' profit")
 * or the patient of its passive ("when was Norland Foods founded": search/abstain-other-holder.ts
 * `askedHolderOf`, which reads those places; not the subject of an active verb, as what an
 * outlet does is what it reports). A question asks about such a name's attribute, which any source may report; the
 * name says where to look only when the noun or verb is one of a source's output ("Norland
 * Foods' statement", "what did Norland Foods say", "when did Coastline Wire publish":
 * {@link asksForCoverage}, page-question.ts `isPublishingWord`). `isCommon` tells
 * everyday English (the index's common words). Empty when the question names no holder.
 *
 * @example
 * [...heldAsSubject('Who is the boss of Norland Foods?', isCommon)] // ['norland', 'food']
 * [...heldAsSubject('What did Norland Foods say?', isCommon)] // []
 */
export function heldAsSubject(text: string, isCommon: (term: string) => boolean): Set<string> {
  const holder = askedHolderOf(text, isCommon) ?? passivePatient(text, tokenize(text));
  // The subject of an active verb is left alone: what an outlet does is what it reports ("what
  // price tag did Coastline Wire put on the barrier").
  if (
    holder === null ||
    holder.role === 'subject' ||
    asksForCoverage(holder.attribute) ||
    isPublishingWord(holder.attribute)
  )
    return new Set();
  return new Set(holder.name);
}

/** The forms of "be" that make a passive or a predicate: "was the trust fined". */
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/**
 * The noun phrase a question makes the patient of its passive (or the holder of its predicate)
 * with a determiner before it, its words in any case: "how much was the Glenvarra wildlife trust
 * fined" → the stems of "Glenvarra wildlife trust", attribute "fined". English puts the subject
 * between the auxiliary and the participle in a question (subject–auxiliary inversion, Quirk et
 * al. 1985, 11.5); the participle ends the clause (the question's end or a function word after
 * it: "fined by the agency"). search/abstain-other-holder.ts `askedHolderOf` reads a bare
 * capitalised name there ("was Norland Foods founded"); a name after "the" whose everyday words
 * are in lower case is read here. Null when the question has no such clause.
 */
function passivePatient(
  text: string,
  all: readonly Token[],
): { name: string[]; attribute: string; role: 'patient' } | null {
  for (let i = 0; i + 2 < all.length; i++) {
    if (!BE.has(all[i]!.word) || all[i + 1]!.word !== 'the') continue;
    const run: Token[] = [];
    for (let k = i + 2; k < all.length && run.length <= MAX_NAME_WORDS; k++) {
      const token = all[k]!;
      const previous = run.at(-1);
      if (isStopWord(token) || (previous !== undefined && !joined(text, previous, token))) break;
      run.push(token);
    }
    const verb = run.at(-1);
    const next = all[i + 2 + run.length];
    if (run.length < 2 || verb === undefined || (next !== undefined && !isStopWord(next))) continue;
    if (QUESTION_WORDS.has(verb.word) || !/^\p{Ll}/u.test(text.slice(verb.start, verb.end)))
      continue;
    return {
      name: run.slice(0, -1).map((t) => stem(t.word)),
      attribute: verb.word,
      role: 'patient',
    };
  }
  return null;
}

/** The terms {@link framedAsSource} reads, by how they are framed: as who speaks, or as whose piece. */
function framings(
  text: string,
  all: readonly Token[],
): { speaker: Set<string>; publisher: Set<string> } {
  const speaker = new Set<string>();
  const publisher = new Set<string>();
  const take = (tokens: readonly Token[], into: Set<string>) => {
    for (const token of tokens) into.add(stem(token.word));
  };
  // The run of content words ending right before position `end` (exclusive).
  const runBefore = (end: number): Token[] => {
    const run: Token[] = [];
    for (let i = end - 1; i >= 0 && run.length < MAX_NAME_WORDS; i--) {
      const token = all[i]!;
      const next = all[i + 1]!;
      if (isStopWord(token) || !joined(text, token, next)) break;
      run.unshift(token);
    }
    return run;
  };
  // The run of content words starting at position `start`, a "the" before it skipped.
  const runFrom = (start: number): Token[] => {
    let i = start;
    if (all[i]?.word === 'the') i += 1;
    const run: Token[] = [];
    for (; i < all.length && run.length < MAX_NAME_WORDS; i++) {
      const token = all[i]!;
      const previous = run[run.length - 1];
      if (isStopWord(token) || (previous !== undefined && !joined(text, previous, token))) break;
      run.push(token);
    }
    return run;
  };
  all.forEach((token, i) => {
    const pair = `${all[i - 1]?.word ?? ''} ${token.word}`;
    if (ATTRIBUTING.test(pair) || token.word === 'per') take(runFrom(i + 1), speaker);
    if (CLAUSE_OBJECT_VERBS.has(token.word)) {
      take(runBefore(i), speaker);
      if (all[i + 1]?.word === 'by') take(runFrom(i + 2), speaker);
    }
    if (isPublishedNoun(token.word)) take(runBefore(i), publisher);
  });
  take(onlyName(text, all), publisher);
  return { speaker, publisher };
}

/**
 * The question's one run of content words when it asks for nothing but coverage of it (see the
 * file header): every other word a function word or one asking for coverage, one of those at
 * least, the run at most {@link MAX_NAME_WORDS} words joined in the text, with no preposition of
 * topic right before it. Empty otherwise.
 */
function onlyName(text: string, all: readonly Token[]): Token[] {
  // "how many": the amount asked is neither the name nor coverage asked for.
  const at = all.flatMap((token, i) =>
    isStopWord(token) || ASKS_AMOUNT.has(token.word) || asksForCoverage(token.word) ? [] : [i],
  );
  const first = at[0];
  if (first === undefined || at.length > MAX_NAME_WORDS) return [];
  if (!all.some((token) => !isStopWord(token) && asksForCoverage(token.word))) return [];
  const run = at.map((i) => all[i]!);
  const apart = at.some(
    (i, k) => k > 0 && (i !== at[k - 1]! + 1 || !joined(text, all[i - 1]!, all[i]!)),
  );
  const before = all[first - 1]?.word === 'the' ? all[first - 2] : all[first - 1];
  if (apart || (before !== undefined && TOPIC_PREPOSITIONS.has(before.word))) return [];
  return run;
}
