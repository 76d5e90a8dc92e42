/**
 * A hard gate of abstention (abstain.ts): "what happened to X after she was questioned", "was X
 * arrested after being questioned", "what did X say after being questioned" ask what followed
 * an event the question itself states. A temporal clause presupposes its event (Karttunen 1973,
 * "Presuppositions of compound sentences"): the event is given, what followed it is new (the
 * given/new distinction: Halliday 1967, "Notes on transitivity and theme in English", part 2;
 * Clark & Haviland 1977, the given-new contract). A passage that tells only the given event
 * ("Maria Kolesnikova became the latest opposition figure to be questioned") shares the
 * question's rare words and looks close, but adds nothing the question did not say. When some
 * sentence the candidates are read in (abstain-features.ts `candidateContext`) that names X
 * (abstain-bound-value.ts `namesSubject`) tells the given event, and every such sentence tells
 * only it (a form of its verb, no word of the main clause's own predicate, no later act after
 * it), the reply is a refusal whatever the classifier's probability.
 *
 * Only the narrowest form is read: an "after" clause in the passive whose subject is the main
 * clause's participant, left out or a pronoun ("after being questioned", "after she was
 * questioned"). An "after" clause with a subject of its own ("after Comonfort got driven from
 * the capital"), an active one ("after usurping power") or a noun phrase ("after the Sochi
 * meeting") is left alone: whose act it tells, and whether it is X's, the words alone do not say.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { namesSubject } from './abstain-bound-value.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/**
 * "M after being VERBed", "M after she was VERBed": the main clause in group 1, the passive
 * participle of the "after" clause in group 2.
 */
const AFTER_PASSIVE =
  /^(.+?)\s+after\s+(?:being|having\s+been|(?:he|she|they|it)\s+(?:was|were|had\s+been|got))\s+(\p{L}+)\b/iu;

/** Penn Treebank tags of a verb's past forms: a passive participle, or a later act told in the past. */
const PAST_FORMS: ReadonlySet<string> = new Set(['VBD', 'VBN']);

/** What an "after"-clause question gives and asks: see {@link afterEventAsked}. */
export interface AfterEvent {
  /** The stem of the "after" clause's participle: the given event's verb. */
  verb: string;
  /** The head of the participant: the main clause's last name word, folded ("kolesnikova"). */
  participant: string;
  /** Stems of the main clause's own predicate: its content words besides the participant's. */
  predicate: string[];
}

/**
 * The given event and the main clause's participant and predicate of a question whose "after"
 * clause is a passive with the participant as its understood subject, or null when the question
 * is of another form or its main clause names no one. `isCommon(term)` (a stem) says whether
 * the coverage uses a word as everyday English; a word it does not, which the lexicon does not
 * know as a verb first ("arrested" names no one), is taken as a name's.
 *
 * @example afterEventAsked('was Ruth Okafor arrested after being questioned?', isCommon)
 * // { verb: 'question', participant: 'okafor', predicate: ['arrest'] }
 */
export function afterEventAsked(
  question: string,
  isCommon: (term: string) => boolean,
): AfterEvent | null {
  const match = AFTER_PASSIVE.exec(question);
  if (match === null) return null;
  const participle = match[2]!.toLowerCase();
  // A participle, not "after being there": the lexicon's past form, or a regular -ed.
  const tags = lexiconTags(participle);
  if (!(tags?.some((tag) => PAST_FORMS.has(tag)) ?? /ed$/u.test(participle))) return null;
  const names: string[] = [];
  const predicate: string[] = [];
  for (const token of tokenize(match[1]!)) {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) continue;
    const verbForm = lexiconTags(token.word)?.[0]?.startsWith('VB') ?? false;
    if (!verbForm && !isCommon(stem(token.word))) names.push(token.word);
    else predicate.push(stem(token.word));
  }
  if (names.length === 0) return null;
  return { verb: stem(participle), participant: names.at(-1)!, predicate };
}

/**
 * Whether `text` tells more than the given event `verb` (a stem): false when it holds a form of
 * the verb, none of `predicate` (stems), and no past verb form after the event's ("was
 * questioned and released on bail" tells a later act); true otherwise. One reading of its words.
 */
export function tellsBeyondEvent(
  text: string,
  verb: string,
  predicate: readonly string[],
): boolean {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => stem(token.word) === verb);
  if (at < 0) return true;
  const asked = new Set(predicate);
  if (tokens.some((token) => asked.has(stem(token.word)))) return true;
  return tokens
    .slice(at + 1)
    .some(
      (token) =>
        stem(token.word) !== verb &&
        !isStopWord(token) &&
        PAST_FORMS.has(lexiconTags(token.word)?.[0] ?? ''),
    );
}

/**
 * Whether the candidates tell what followed the event an "after" clause gives
 * ({@link afterEventAsked}): undefined when the question is of another form, the plan searches
 * no form of the participant, or no sentence the candidates are read in names the participant
 * and tells the event; else false when every sentence naming the participant tells only the
 * event ({@link tellsBeyondEvent}), true when one tells more. Costs one pass over those
 * sentences' words.
 */
export function afterEventHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const asked = afterEventAsked(plan.question, input.isCommon);
  if (asked === null) return undefined;
  const named = namesSubject(input, asked.participant);
  if (named === null) return undefined;
  let told = false;
  for (const s of candidateContext(input)) {
    if (!named(s)) continue;
    const text = input.textOf(s);
    if (tellsBeyondEvent(text, asked.verb, asked.predicate)) return true;
    told = true;
  }
  return told ? false : undefined;
}
