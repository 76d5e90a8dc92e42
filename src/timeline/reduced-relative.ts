/**
 * A date inside a reduced relative clause: "have voted to accept the rota agreement reached with
 * the port operator last month". A past participle right after a noun, with no object of its
 * own, is a passive clause modifying that noun ("the agreement [that was] reached … last
 * month"; Quirk et al. 1985, 17.17 on -ed participle clauses as postmodifiers): a date in it
 * dates the noun's act, not the main clause's, as "last month's rota agreement" would
 * (named-thing.ts). The timeline says whose date it is, and a question about the month is not
 * answered by the vote.
 */
import { wordIn } from '../text/word-class.js';
import { clauseBounds } from './clause.js';
import { FORECAST_PARTICIPLES } from './forecast.js';
import { CLAUSE_OBJECT_VERBS } from './lexicon.js';
import { isPastForm } from './past-forms.js';
import { PLAN_CUES } from './plan-words.js';
import { PREPOSITION } from './preposition.js';
import { taggedWords, type TaggedWord } from './wink.js';

/** Tags of the words a noun phrase holds before its head: "the rota agreement", "its new pay deal". */
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Most words of the noun phrase before the participle, its determiner left out. */
const MAX_NOUN_WORDS = 4;

/** Tags of the words a participle's prepositional phrases hold before the date ("with the port operator"). */
const PHRASE = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * Words of planning or forecasting that head a reduced relative clause after their noun ("the
 * strike planned for Thursday", "the wind speeds forecast for the weekend", "the loans due in
 * April"): participles, and "due", an adjective that takes the same place. Read by their
 * spelling, since the tagger reads some of them after a noun as a noun ("forecast") or an
 * adjective ("due").
 */
const PLAN_PARTICIPLE = new Set([...PLAN_CUES, ...FORECAST_PARTICIPLES, 'intended']);

/** True for a word of planning or forecasting that can head a reduced relative clause. */
function planParticiple(word: string): boolean {
  return PLAN_PARTICIPLE.has(word.toLowerCase());
}

/** True for a word tagged as a verb in a past form, or a word of planning ({@link PLAN_PARTICIPLE}). */
function pastParticiple(word: TaggedWord): boolean {
  return (word.tag === 'VERB' && isPastForm(word.value)) || planParticiple(word.value);
}

/**
 * True when `before` (a clause up to the date) may end in a participle clause: its last past form
 * is followed by a preposition or by the date itself. Read on the words alone, so that most
 * dates are ruled out before their sentence is tagged.
 */
function mayEndInParticipleClause(before: string): boolean {
  const words = before.match(/[\p{L}'’]+/gu) ?? [];
  const p = words.findLastIndex((w) => isPastForm(w) || planParticiple(w));
  return p >= 0 && (p === words.length - 1 || PREPOSITION.test(words[p + 1]!));
}

/**
 * True when `after` (the words after a date, to its clause's end) holds a verb or an auxiliary
 * before a comma or a conjunction: "the wall damaged on 4 June will have to be rebuilt".
 */
function verbAfter(after: readonly TaggedWord[]): boolean {
  for (const w of after) {
    if (w.value === ',' || w.tag === 'CCONJ') return false;
    if (w.tag === 'VERB' || w.tag === 'AUX') return true;
  }
  return false;
}

/**
 * The noun phrase and reduced relative clause the date at `start`–`end` of `sentence` dates, as
 * written up to the end of the date ("the rota agreement reached with the port operator last
 * month"), or null. Read only when, in the date's clause:
 * - a past participle follows a noun, and the words from it to the date are prepositional
 *   phrases (a passive takes no object: "said the operator reached a deal last month" is a
 *   clause of its own);
 * - the noun opens a noun phrase after a determiner, which follows a verb or a preposition: the
 *   noun phrase is an object, so the participle cannot be its clause's main verb. After a verb
 *   of saying or thinking, whose object may be a clause without "that" (lexicon.ts
 *   CLAUSE_OBJECT_VERBS), the noun phrase may be that clause's subject and the participle its
 *   verb ("Officials believe the wall collapsed on 4 June"): only a verb of its own after the
 *   date, before a comma or a conjunction, makes it a relative ("believe the wall damaged on 4
 *   June will have to be rebuilt");
 * - a verb comes before that noun phrase in the clause: with none, the noun phrase after a
 *   preposition belongs to the subject ("Part of the old quay wall collapsed on 4 June") and the
 *   participle is the main verb.
 */
export function reducedRelativeThing(sentence: string, start: number, end: number): string | null {
  return reducedRelative(sentence, start, end)?.thing ?? null;
}

/**
 * The participle of planning or forecasting that heads the reduced relative clause holding the
 * date at `start`–`end` of `sentence` ("forecast" in "will examine the wind speeds forecast for
 * the weekend", "planned" in "checked the barriers planned for Saturday"), lower-cased, or null.
 * Such a clause is non-finite: it has no tense of its own, and it stands for a relative clause
 * of any tense ("that are forecast", "that were forecast"; Quirk et al. 1985, 17.17), while the
 * date is an adjunct inside the noun phrase, not of the verb whose object that is. So neither
 * says on which side of the time of writing the time planned or forecast lies (tense.ts).
 */
export function reducedRelativePlan(sentence: string, start: number, end: number): string | null {
  const participle = reducedRelative(sentence, start, end)?.participle ?? '';
  return planParticiple(participle) ? participle.toLowerCase() : null;
}

/**
 * The participle of planning or forecasting that heads a reduced relative clause in its clause's
 * subject, holding the date at `start`–`end` of `sentence` ("forecast" in "The wind speeds
 * forecast for the weekend were high", "planned" in "The strike planned for Saturday drew wide
 * support"), lower-cased, or null. Read when the clause opens with a noun phrase (a determiner
 * or none, up to {@link MAX_NOUN_WORDS} words, ending in a noun), the participle follows its noun
 * with only prepositional phrases between it and the date, and a verb follows the date before a
 * comma or a conjunction: that verb is the clause's own, so the participle is no main verb.
 * Such a clause has no tense of its own (Quirk et al. 1985, 17.17): the date is the noun's, and
 * a plan or forecast lies after the time it was made, which the main verb's past only bounds.
 */
export function subjectReducedRelativePlan(
  sentence: string,
  start: number,
  end: number,
): string | null {
  const { from, to } = clauseBounds(sentence, start, end);
  if (!mayEndInParticipleClause(sentence.slice(from, start))) return null;
  const tagged = taggedWords(sentence);
  const words = tagged.filter((w) => w.start >= from && w.end <= start);
  const p = words.findIndex((w) => planParticiple(w.value));
  if (p < 1 || (p < words.length - 1 && words[p + 1]!.tag !== 'ADP')) return null;
  if (words.slice(p + 1).some((w) => !PHRASE.has(w.tag))) return null;
  // The noun before the participle may be tagged a verb in "-s" ("The wind speeds forecast").
  const noun = words[p - 1]!;
  if (noun.tag !== 'NOUN' && !(noun.tag === 'VERB' && /\p{Ll}s$/u.test(noun.value))) return null;
  const opening = words[0]!.tag === 'DET' ? 1 : 0;
  if (p - opening > MAX_NOUN_WORDS) return null;
  if (!words.slice(opening, p - 1).every((w) => MODIFIER.has(w.tag))) return null;
  if (!verbAfter(tagged.filter((w) => w.start >= end && w.end <= to))) return null;
  return words[p]!.value.toLowerCase();
}

/** {@link reducedRelativeThing}, with the participle that heads the clause. */
/**
 * Verbs whose object an "-ed" participle complements, the act wanted or ordered done to it
 * (complex-transitive complementation, Quirk et al. 1985, 16.52: "I want the house painted"):
 * "wants the new terminal finished by next spring" tells what is wanted, and the date is that
 * act's, not the noun's.
 */
const PARTICIPLE_COMPLEMENT_VERBS = wordIn([
  'want',
  'wants',
  'wanted',
  'need',
  'needs',
  'needed',
  'like',
  'prefer',
  'prefers',
  'preferred',
  'order',
  'orders',
  'ordered',
  'require',
  'requires',
  'required',
]);

function reducedRelative(
  sentence: string,
  start: number,
  end: number,
): { thing: string; participle: string } | null {
  const { from, to } = clauseBounds(sentence, start, end);
  if (!mayEndInParticipleClause(sentence.slice(from, start))) return null;
  const tagged = taggedWords(sentence);
  const words = tagged.filter((w) => w.start >= from && w.end <= start);
  let p = words.length - 1;
  while (p >= 0 && !pastParticiple(words[p]!)) {
    if (!PHRASE.has(words[p]!.tag)) return null;
    p--;
  }
  // The participle is followed by a preposition or by the date itself ("the deal agreed last month").
  if (p < 1 || (p < words.length - 1 && words[p + 1]!.tag !== 'ADP')) return null;
  if (words[p - 1]!.tag !== 'NOUN') return null;
  let d = p - 2;
  while (d >= 0 && p - 1 - d < MAX_NOUN_WORDS && MODIFIER.has(words[d]!.tag)) d--;
  if (d < 1 || words[d]!.tag !== 'DET') return null;
  const head = words[d - 1]!;
  if (PARTICIPLE_COMPLEMENT_VERBS.test(head.value)) return null;
  const object =
    head.tag === 'ADP' ||
    (head.tag === 'VERB' &&
      (!CLAUSE_OBJECT_VERBS.has(head.value.toLowerCase()) ||
        verbAfter(tagged.filter((w) => w.start >= end && w.end <= to))));
  const verbBefore = words.slice(0, d).some((w) => w.tag === 'VERB' || w.tag === 'AUX');
  return object && verbBefore
    ? { thing: sentence.slice(words[d]!.start, end), participle: words[p]!.value }
    : null;
}
