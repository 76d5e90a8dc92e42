/**
 * A date inside a reduced relative clause: "have voted to accept the rota agreement reached with
 * the port operator last month". A past participle right after a noun, with no object of its
 * own, is a passive clause modifying that noun ("the agreement [that was] reached … last
 * month"; Quirk et al. 1985, 17.17 on -ed participle clauses as postmodifiers): a date in it
 * dates the noun's act, not the main clause's, as "last month's rota agreement" would
 * (named-thing.ts). The timeline says whose date it is, and a question about the month is not
 * answered by the vote.
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { wordIn } from '../text/word-class.js';
import { clauseBounds } from './clause.js';
import { FORECAST_PARTICIPLES } from './forecast.js';
import { CLAUSE_OBJECT_VERBS } from './lexicon.js';
import { nounPhraseStart } from './noun-phrase.js';
import { isPastForm } from './past-forms.js';
import { PLAN_CUES } from './plan-words.js';
import { PREPOSITION } from './preposition.js';
import { taggedWords, type TaggedWord } from './wink.js';

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
  return (
    (reducedRelative(sentence, start, end) ?? subjectReducedRelative(sentence, start, end))
      ?.thing ?? null
  );
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
 * support"), lower-cased, or null (the clause as {@link subjectReducedRelative} reads it). Such a
 * clause has no tense of its own (Quirk et al. 1985, 17.17): the date is the noun's, and a plan
 * or forecast lies after the time it was made, which the main verb's past only bounds.
 */
export function subjectReducedRelativePlan(
  sentence: string,
  start: number,
  end: number,
): string | null {
  const participle = subjectReducedRelative(sentence, start, end)?.participle ?? '';
  return planParticiple(participle) ? participle.toLowerCase() : null;
}

/** Penn Treebank tags of a finite verb: the past, the present in either person, a modal. */
const FINITE_TAGS = ['VBD', 'VBZ', 'VBP', 'MD'];

/**
 * True when the first word of `after` (the words after a date, to its clause's end), adverbs
 * passed over, is a finite verb: an auxiliary or a verb in the past or the present, not a form
 * in "-ing" ("closed in May following protests") nor an infinitive after "to".
 */
function finiteVerbNext(after: readonly TaggedWord[]): boolean {
  const w = after.find((x) => x.tag !== 'ADV');
  if (w === undefined || /ing$/iu.test(w.value)) return false;
  if (w.tag === 'AUX') return true;
  if (w.tag !== 'VERB') return false;
  const tags = lexiconTags(w.value.toLowerCase()) ?? [];
  return isPastForm(w.value) || FINITE_TAGS.some((t) => tags.includes(t));
}

/** Tags of the word a partitive's "of" follows: "five of", "most of", "each of", "half of". */
const PARTITIVE_HEAD = new Set(['NUM', 'DET', 'ADJ', 'NOUN', 'PRON']);

/**
 * True when `lead`, the clause's words before a noun phrase, leaves that noun phrase opening the
 * clause, so that it is the subject: nothing but adverbs, or a partitive before it ("Five of
 * the eleven libraries", Quirk et al. 1985, 5.7 on partitive constructions). Any other word may
 * make it a subordinate clause's subject, with the past form its verb ("The station where the
 * cabins stalled on Saturday stays shut"), or an object.
 */
function opensClause(lead: readonly TaggedWord[]): boolean {
  const words = lead.filter((w) => w.tag !== 'ADV');
  return (
    words.length === 0 ||
    (words.length === 2 &&
      PARTITIVE_HEAD.has(words[0]!.tag) &&
      words[1]!.value.toLowerCase() === 'of')
  );
}

/**
 * The reduced relative clause in its clause's subject that holds the date at `start`–`end` of
 * `sentence`, with its noun phrase as written up to the end of the date ("The libraries shut
 * last year" in "The libraries shut last year will reopen in the spring"), and the participle
 * heading it; or null. A participle spelt like the simple past ("shut", "closed") may be the
 * clause's main verb ("The libraries shut last year."); what makes it a postmodifier (Quirk et
 * al. 1985, 17.17 and 17.29–17.30 on reduced relative clauses) is a finite verb of the clause's
 * own after it: a clause has one finite main verb, so the one after the date is that, and the
 * participle before it belongs to the subject noun phrase. Read only when:
 * - a past participle or a word of planning ({@link PLAN_PARTICIPLE}) follows a noun (or a word
 *   in "-s" the tagger reads as a verb: "The wind speeds forecast"), with only prepositional
 *   phrases from it to the date (a passive takes no object);
 * - the noun phrase opens the clause, a partitive aside ({@link opensClause}: "Five of the
 *   eleven libraries shut …"): it is the subject, not an object (for which see
 *   {@link reducedRelativeThing}) nor a subordinate clause's subject;
 * - a finite verb comes next after the date, adverbs aside ({@link finiteVerbNext}: "will
 *   reopen", "drew"). A verb further on may open another clause ("The library closed in May
 *   after residents protested"), so it is not read.
 */
function subjectReducedRelative(
  sentence: string,
  start: number,
  end: number,
): { thing: string; participle: string } | null {
  const { from, to } = clauseBounds(sentence, start, end);
  if (!mayEndInParticipleClause(sentence.slice(from, start))) return null;
  const tagged = taggedWords(sentence);
  const words = tagged.filter((w) => w.start >= from && w.end <= start);
  const p = participleBeforeDate(words);
  if (p < 1) return null;
  // The noun before the participle may be tagged a verb in "-s" ("The wind speeds forecast").
  const noun = words[p - 1]!;
  if (noun.tag !== 'NOUN' && !(noun.tag === 'VERB' && /\p{Ll}s$/u.test(noun.value))) return null;
  const open = nounPhraseStart(words, p - 1);
  if (!opensClause(words.slice(0, open))) return null;
  if (!finiteVerbNext(tagged.filter((w) => w.start >= end && w.end <= to))) return null;
  return { thing: sentence.slice(words[open]!.start, end), participle: words[p]!.value };
}

/**
 * The index in `words` (a clause up to a date) of the participle heading a reduced relative
 * clause that runs to the date, or -1: the last past participle or word of planning, with only
 * words of prepositional phrases after it, and a preposition or the date right after it ("the
 * deal agreed last month", "the offer made by the operator in May").
 */
function participleBeforeDate(words: readonly TaggedWord[]): number {
  let p = words.length - 1;
  while (p >= 0 && !pastParticiple(words[p]!)) {
    if (!PHRASE.has(words[p]!.tag)) return -1;
    p--;
  }
  return p >= 0 && (p === words.length - 1 || words[p + 1]!.tag === 'ADP') ? p : -1;
}

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

/** The object's reduced relative clause {@link reducedRelativeThing} reads, with its participle. */
function reducedRelative(
  sentence: string,
  start: number,
  end: number,
): { thing: string; participle: string } | null {
  const { from, to } = clauseBounds(sentence, start, end);
  if (!mayEndInParticipleClause(sentence.slice(from, start))) return null;
  const tagged = taggedWords(sentence);
  const words = tagged.filter((w) => w.start >= from && w.end <= start);
  const p = participleBeforeDate(words);
  if (p < 1 || words[p - 1]!.tag !== 'NOUN') return null;
  const d = nounPhraseStart(words, p - 1);
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
