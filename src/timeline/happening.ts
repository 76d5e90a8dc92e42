/**
 * What happened on a date when the verb governing it tells only that it happened or which phase
 * of it came: "The Orlby moor fire started on Saturday" tells of a fire, "The ferry strike began
 * on Saturday" of a strike. Aspectual verbs ("start", "begin", "stop", "finish", "continue",
 * "resume") and verbs of occurrence ("happen", "occur", "take place", "break out", "be held")
 * carry no event of their own: the event is their subject (Quirk et al. 1985, 16.49 on
 * aspectual verbs; Levin 1993, 48.1.1 and 55.1). Two such reports share their event only when
 * their subjects do, whatever place and verb they share (action.ts, merging).
 */
import { stem } from '../text/terms.js';
import { PASSIVE_AUXILIARIES } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';
import { governingVerb } from './governing-verb.js';
import { isOccasionStem } from './occasion.js';
import { calledOccasionNow } from './called-occasion.js';
import { wordsOf } from './tokens.js';
import { taggedWords, type TaggedWord } from './wink.js';

/**
 * Forms of the verbs that carry no event of their own; the particle or noun a phrasal one needs
 * after it ("broke out", "took place"), or "" when none.
 */
const PHASE_VERBS: ReadonlyMap<string, string> = new Map([
  ...[
    ...['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun'],
    ...['end', 'ends', 'ended', 'finish', 'finishes', 'finished'],
    ...['stop', 'stops', 'stopped', 'cease', 'ceases', 'ceased'],
    ...['resume', 'resumes', 'resumed', 'continue', 'continues', 'continued'],
    ...['happen', 'happens', 'happened', 'occur', 'occurs', 'occurred'],
    ...['erupt', 'erupts', 'erupted'],
  ].map((form): [string, string] => [form, '']),
  ...['break', 'breaks', 'broke', 'broken'].map((form): [string, string] => [form, 'out']),
  ...['take', 'takes', 'took', 'taken'].map((form): [string, string] => [form, 'place']),
  ...['held'].map((form): [string, string] => [form, '']),
]);

/** Any form of {@link PHASE_VERBS} in a text: only such a sentence is tagged to be read. */
const ANY_PHASE_VERB = new RegExp(String.raw`\b(?:${[...PHASE_VERBS.keys()].join('|')})\b`, 'iu');

/** Tags of the words a subject noun phrase is made of ("The fire on Orlby moor"). */
const SUBJECT_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'ADP']);

/** Tags between a subject and its verb: "has now been", "had already". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

const isNoun = (w: TaggedWord | undefined): boolean => w?.tag === 'NOUN' || w?.tag === 'PROPN';

/**
 * True when the word at `i` may belong to a noun phrase that ends before index `verb`: a word
 * tagged as a noun phrase's or a possessive's "'s", or one tagged as a verb that a noun or the
 * clause's verb follows (wink-nlp tags "moor" in "The Orlby moor fire" as a verb).
 */
function inSubject(words: readonly TaggedWord[], i: number, verb: number): boolean {
  const word = words[i]!;
  if (SUBJECT_WORDS.has(word.tag)) return true;
  // "queues at St Paul's Church Hall": a possessive is inside the noun phrase.
  if (word.tag === 'PART' && /^['’]s?$/u.test(word.value)) return true;
  return word.tag === 'VERB' && (i + 1 === verb || isNoun(words[i + 1]));
}

/**
 * The clause's words without the date at `start`–`end` (and a preposition just before it, "on
 * Saturday"), and the index of the verb `at` among them: a date is an adjunct, never part of the
 * subject, whether it opens the clause ("On Saturday a moor fire broke out") or stands between
 * subject and verb ("The ethics board on Tuesday cleared …").
 */
function withoutDate(
  words: readonly TaggedWord[],
  at: number,
  start: number,
  end: number,
): { words: TaggedWord[]; at: number } {
  const inDate = (w: TaggedWord): boolean => w.start >= start && w.end <= end;
  const first = words.findIndex(inDate);
  const kept = words.filter(
    (w, i) => !inDate(w) && !(i + 1 === first && w.tag === 'ADP' && i < at),
  );
  return { words: kept, at: kept.indexOf(words[at]!) };
}

/**
 * The stem of the event the date at `start`–`end` of `sentence` is said of, when its governing
 * verb carries none (see the module note): the head of the verb's subject, the last noun of the
 * subject's first run of nouns ("The Orlby ferry strike started": strike; "The fire on Orlby
 * moor started": fire). Null when the verb carries an event of its own ("Police arrested three
 * men"), or the subject is no noun ("It started on Saturday").
 *
 * @param tagged gives the sentence's tagged words (read once by a caller asking of many dates);
 *   called only for a sentence holding such a verb
 */
export function happeningOf(
  sentence: string,
  start: number,
  end: number,
  tagged: () => readonly TaggedWord[] = () => taggedWords(sentence),
): string | null {
  if (!ANY_PHASE_VERB.test(sentence)) return null;
  const governing = governingVerb(sentence, start, end, tagged());
  if (governing === null) return null;
  const { words, at } = governing;
  const verb = words[at]!.value.toLowerCase();
  const needs = PHASE_VERBS.get(verb);
  if (needs === undefined) return null;
  if (needs !== '' && words[at + 1]?.value.toLowerCase() !== needs) return null;
  // "was held": only the passive says the subject is the occasion.
  if (verb === 'held' && words[at - 1]?.tag !== 'AUX') return null;
  const clause = withoutDate(words, at, start, end);
  return subjectHead(clause.words, clause.at);
}

/**
 * The stem of the head of the subject of the verb governing the date at `start`–`end` of
 * `sentence` (governing-verb.ts): who or what acts on that date ("Two emergency food banks
 * opened this morning": bank; "queues at St Paul's Church Hall stretched … on Tuesday evening":
 * queue). Null when the clause holds no verb or no noun is its subject.
 *
 * @param tagged the sentence's tagged words, when already read
 */
export function actorOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): string | null {
  const clause = dateClause(sentence, start, end, tagged);
  return clause === null ? null : subjectHead(clause.words, clause.at);
}

/**
 * The clause of the verb governing the date at `start`–`end` of `sentence` (governing-verb.ts),
 * its words without the date ({@link withoutDate}) and its verb's index; null when it holds no
 * verb.
 */
function dateClause(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[],
): { words: TaggedWord[]; at: number } | null {
  const governing = governingVerb(sentence, start, end, tagged);
  return governing === null ? null : withoutDate(governing.words, governing.at, start, end);
}

/** Forms of "be" and "get" that make a participle after them passive ("was closed", "got hurt"). */
const PASSIVE_AUXILIARY = wordIn([...PASSIVE_AUXILIARIES, "'s", '’s']);

/**
 * The stem of the agent of the verb governing the date at `start`–`end` of `sentence`: its
 * subject's head ({@link actorOf}) when the clause is active. Null in a passive ("The brooches
 * were found on 6 June": the brooches are what was found, not who found them; Quirk et al.
 * 1985, 3.63), whose auxiliaries before the verb hold a form of "be" or "get" and whose verb is
 * no -ing form ("is closing" is progressive), or when {@link actorOf} reads none.
 *
 * @param tagged the sentence's tagged words, when already read
 */
export function agentOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): string | null {
  // The governing verb read once: its clause gives the passive test and, without the date, the
  // subject ({@link actorOf}).
  const governing = governingVerb(sentence, start, end, tagged);
  if (governing === null || isPassiveAt(governing.words, governing.at)) return null;
  const clause = withoutDate(governing.words, governing.at, start, end);
  return subjectHead(clause.words, clause.at);
}

/**
 * The stem of the head of the subject of the verb at index `at` of a clause's tagged `words`:
 * the last noun of the subject's first run of nouns ("The Orlby ferry strike": strike; "The fire
 * on Orlby moor": fire; "said the pier closed": pier; a date left out of `words`, see
 * {@link withoutDate}). Null when no noun is its subject ("It started", "They said").
 */
export function subjectHead(words: readonly TaggedWord[], at: number): string | null {
  const run = subjectRun(words, at);
  return run === null ? null : stem(run.at(-1)!.value.toLowerCase());
}

/**
 * The subject's words up to its head ({@link subjectHead}), after any determiner or number: "the
 * Orlby ferry strike" → Orlby, ferry, strike; null when no noun is its subject.
 */
function subjectRun(words: readonly TaggedWord[], at: number): TaggedWord[] | null {
  const [first, last] = subjectBounds(words, at);
  // The first run of nouns after any determiner: the head comes before the phrases after it.
  let head = -1;
  let from = -1;
  for (let i = first + 1; i <= last; i++) {
    // "About 200 people": a preposition before any noun qualifies a number; one after ends the head.
    if (words[i]!.tag === 'ADP' && head < 0) continue;
    if (words[i]!.tag === 'ADP') break;
    if (isNoun(words[i]) || (words[i]!.tag === 'VERB' && head >= 0)) {
      if (from < 0) from = i;
      head = i;
    }
  }
  if (head < 0 || !isNoun(words[head])) return null;
  return words.slice(from, head + 1);
}

/** Indices of the subject of the verb at `at`: just before its first word, and its last word. */
function subjectBounds(words: readonly TaggedWord[], at: number): [number, number] {
  let last = at - 1;
  while (last >= 0 && BEFORE_VERB.has(words[last]!.tag)) last--;
  let first = last;
  while (first >= 0 && inSubject(words, first, last + 1)) first--;
  return [first, last];
}

/**
 * The whole subject of the verb governing the date at `start`–`end` of `sentence`, with what
 * postmodifies its head, as written ("The library in Pellmoor closed its doors in 2019": "The
 * library in Pellmoor"); null when the clause holds no verb or no noun is its subject.
 *
 * @param tagged the sentence's tagged words, when already read
 */
export function subjectPhraseOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): string | null {
  const clause = dateClause(sentence, start, end, tagged);
  if (clause === null) return null;
  const { words, at } = clause;
  if (subjectRun(words, at) === null) return null;
  const [first, last] = subjectBounds(words, at);
  return sentence.slice(words[first + 1]!.start, words[last]!.end);
}

/**
 * The words of the subject of the verb governing the date at `start`–`end` of `sentence`, up to
 * its head ({@link actorOf}): "Castlemere was bombed in 1941" → Castlemere; null when the clause
 * holds no verb or no noun is its subject.
 *
 * @param tagged the sentence's tagged words, when already read
 */
export function subjectWordsOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): TaggedWord[] | null {
  const clause = dateClause(sentence, start, end, tagged);
  return clause === null ? null : subjectRun(clause.words, clause.at);
}

/** True when the verb at `at` of a clause's tagged `words` is passive ({@link agentOf}). */
export function isPassiveAt(words: readonly TaggedWord[], at: number): boolean {
  if (/ing$/iu.test(words[at]!.value)) return false;
  for (let i = at - 1; i >= 0 && BEFORE_VERB.has(words[i]!.tag); i--) {
    if (PASSIVE_AUXILIARY.test(words[i]!.value)) return true;
  }
  return false;
}

/**
 * Verbs whose active tells that their object, an occasion, takes place: "Residents will hold a
 * public meeting on 6 March" tells what "A public meeting will be held (will take place) on 6
 * March" tells, with its organisers as subject; the passive "was held" is read by
 * {@link happeningOf}.
 */
const HOLDING_VERBS = wordIn(['hold', 'holds', 'holding', 'held', 'stage', 'stages', 'staged']);

/**
 * The stem of the occasion an active verb of holding governs on the date at `start`–`end`
 * ("will hold a public meeting about the bypass on 6 March": meet), given that verb's object
 * head `object` (act-object.ts), or null when the date's verb is no such verb or has no object.
 *
 * @param forms the forms of the date's action (action.ts `actionFormsOf`)
 */
export function heldOccasionOf(forms: readonly string[], object: string | null): string | null {
  if (object === null || !forms.some((form) => HOLDING_VERBS.test(form))) return null;
  // "Police held a man on Monday": only an occasion is held in the sense of taking place.
  return isOccasionStem(object) ? object : null;
}

/**
 * The stem of the occasion a calling or arranging verb names, when the date at `start` of
 * `sentence` is surely that occasion's day (called-occasion.ts `calledOccasionNow`: "Villagers
 * have organised a public meeting about the quarry on 6 March": meet). Such a sentence tells
 * that the occasion takes place on its day, as "will hold a public meeting" does: the arranging
 * is done, and what it dates is the occasion (the verbs of arranging take their occasion as
 * object, Levin 1993, 26.7 on verbs of creation/performance). Null otherwise.
 */
export function calledOccasionOf(sentence: string, start: number): string | null {
  const noun = calledOccasionNow(wordsOf(sentence.slice(0, start)));
  return noun === null ? null : stem(noun.toLowerCase());
}
