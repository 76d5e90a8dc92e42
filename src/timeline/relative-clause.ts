/**
 * A date inside a relative clause or an embedded question: "A help line has been opened for
 * anyone who was on the lift on Saturday", "The paper has asked the operator how many staff were
 * on duty on Saturday". A relative clause is a modifier of its noun (Quirk et al. 1985, 17.3–17.4
 * on restrictive and nonrestrictive relative clauses) and an embedded wh-clause an object or
 * subject of the main verb (Quirk et al. 1985, 15.5 on nominal wh-interrogative clauses): a
 * time in either dates that clause's own verb ("was on the lift", "were on duty") and says
 * nothing of the main clause's ("has been opened", "has asked"). The quote stays listed at the
 * date, as the reduced relative clause's is (reduced-relative.ts), with the note saying whose
 * date it is, so the help line is not read as opened on Saturday. A date of the main clause is
 * left as it was: "The lift stopped on Saturday with 86 people on board, who were rescued
 * overnight".
 */
import { clauseBounds } from './clause.js';
import { nounPhraseStart } from './noun-phrase.js';
import { taggedWords, type TaggedWord } from './wink.js';

/**
 * Words that open a relative clause ("who", "whom", "whose", "which", "where") or an embedded
 * question ("how", "what", "whether", "why", and "who", "which" again). Not "when", which also
 * opens an adverbial clause of the same time as the main verb ("The lift stopped when the
 * power failed on Saturday"; a "when" after a date is when-clause.ts's), nor "if", mostly a
 * condition (possibility.ts), nor "that", read apart ({@link RELATIVE_THAT}).
 */
const WH = /^(?:who|whom|whose|which|where|how|what|whether|why)$/iu;

/** "that" as a relative pronoun is read only after a noun or pronoun and before its verb. */
const RELATIVE_THAT = /^that$/iu;

/**
 * A personal pronoun in the subject case: the subject of a zero (contact) relative clause right
 * after its noun, "the libraries it closed last year" (Quirk et al. 1985, 17.12 on the zero
 * relative: an object relative may drop its pronoun, leaving the clause's subject right after
 * the noun).
 */
const SUBJECT_PRONOUN = /^(?:I|you|he|she|it|we|they)$/iu;

/** Any word that may open a clause read here ({@link WH}, "that", {@link SUBJECT_PRONOUN}), within a text. */
const OPENER = new RegExp(
  String.raw`\b(?:${[WH, RELATIVE_THAT, SUBJECT_PRONOUN].map((r) => r.source.slice(1, -1)).join('|')})\b`,
  'iu',
);

/** Tags a verb group holds: auxiliaries, verbs, "to", "not" and adverbs between them. */
const VERB_GROUP = new Set(['AUX', 'VERB', 'PART', 'ADV']);

/** Tags of the words the clause may hold besides its one verb group (its subject, objects and phrases). */
const PHRASE = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'ADP', 'ADV', 'PART']);

/** True for a verb or an auxiliary. */
const verbal = (w: TaggedWord): boolean => w.tag === 'VERB' || w.tag === 'AUX';

/**
 * True when `words` (from the clause's opening word to the date) hold exactly one verb group,
 * and otherwise only words of phrases: a second verb may be the main clause's after a subject
 * relative ("Residents who were evacuated returned home on Saturday": "returned" is the main
 * verb and the date its), so the date is not read as the clause's.
 */
function oneVerbGroup(words: readonly TaggedWord[]): boolean {
  let groups = 0;
  let inGroup = false;
  // The group's lexical verb, once read: a second one right after it ("were evacuated
  // returned") opens another group.
  let lexical = false;
  for (const w of words) {
    if (verbal(w)) {
      if (!inGroup || (lexical && w.tag === 'VERB')) groups++;
      inGroup = true;
      lexical = w.tag === 'VERB';
    } else if (VERB_GROUP.has(w.tag) && inGroup) {
      // "was not", "had already", "began to return": still the same group.
      if (w.tag === 'PART') lexical = false;
    } else if (PHRASE.has(w.tag)) {
      inGroup = false;
    } else return false;
  }
  return groups === 1;
}

/**
 * Subordinators of an adverbial clause of time that a relative clause may hold ("the caver who
 * broke his leg when the floodwater rose on Saturday": Quirk et al. 1985, 15.25 on finite
 * clauses of time, which may be dependents of any clause's verb, a relative clause's too).
 */
const TIME_SUBORDINATOR = /^(?:when|as|after|before|once|while)$/iu;

/**
 * Prepositions that may open the date's own phrase, which the tagger may read as a
 * subordinator before a name ("underwater since Saturday": "since" is a preposition there, its
 * complement the date, Quirk et al. 1985, 9.34).
 */
const DATE_PREPOSITION = /^(?:since|until|till|before|after)$/iu;

/**
 * {@link oneVerbGroup} for the words from a relative clause's opening word to its date, which may
 * end in an adverbial clause of time of that relative clause ({@link TIME_SUBORDINATOR}): then
 * the words before the subordinator and the words after it hold one verb group each, and the
 * date, in the adverbial clause, is of the relative clause, not the main one. The date's own
 * preposition ({@link DATE_PREPOSITION}) is left out.
 */
function relativeClauseVerbs(words: readonly TaggedWord[]): boolean {
  const inner = DATE_PREPOSITION.test(words[words.length - 1]?.value ?? '')
    ? words.slice(0, -1)
    : words;
  const sub = inner.findLastIndex((w) => TIME_SUBORDINATOR.test(w.value));
  if (sub > 0 && oneVerbGroup(inner.slice(0, sub)) && oneVerbGroup(inner.slice(sub + 1)))
    return true;
  return oneVerbGroup(inner);
}

/**
 * Where the noun phrase the clause opened at `opener` modifies begins: the pronoun or the
 * determiner (or first modifier) of the noun right before it ("anyone who", "the ice cores
 * that", "86 people on board, who" → none: a comma stands between), or `opener` itself.
 */
function antecedentStart(words: readonly TaggedWord[], opener: number): number {
  const before = words[opener - 1];
  // An embedded question has no antecedent: "asked the operator how many staff were on duty".
  if (before === undefined || /^(?:how|what|whether|why)$/iu.test(words[opener]!.value))
    return opener;
  if (before.tag === 'PRON') return opener - 1;
  if (before.tag !== 'NOUN' && before.tag !== 'PROPN') return opener;
  return nounPhraseStart(words, opener - 1);
}

/**
 * True when the word at `i` is the subject pronoun of a zero relative clause
 * ({@link SUBJECT_PRONOUN}): right after a common noun whose noun phrase opens with a
 * determiner ("five of the libraries it closed", "the money they raised"), with a verb right
 * after it, and no verb right before the noun phrase. After a verb the same words may be its
 * object and a content clause whose "that" was left out ("told the residents it would close
 * in May", Quirk et al. 1985, 15.3), whose date is the reported act's: that reading is left as
 * it was.
 */
function zeroRelativeAt(words: readonly TaggedWord[], i: number, first: number): boolean {
  const w = words[i]!;
  if (w.tag !== 'PRON' || !SUBJECT_PRONOUN.test(w.value) || words[i - 1]?.tag !== 'NOUN')
    return false;
  if (!verbal(words.slice(i + 1).find((x) => x.tag !== 'ADV') ?? w)) return false;
  const open = antecedentStart(words, i);
  if (open < first || words[open]!.tag !== 'DET') return false;
  const before = words[open - 1];
  return open === first || before === undefined || !verbal(before);
}

/**
 * The relative clause or embedded question the date at `start`–`end` of `sentence` lies in,
 * with the noun phrase it modifies, as written up to the end of the date ("anyone who was on
 * the lift on Saturday", "how many staff were on duty on Saturday"), or null. Read only when,
 * in the date's clause (clause.ts):
 * - the last word before the date that opens such a clause is not the sentence's first word
 *   (a main clause holds it) and is a zero relative's subject pronoun ({@link zeroRelativeAt}),
 *   or "who", "whom", "whose", "which", "where", "how", "what",
 *   "whether", "why", or a "that" right after a noun or pronoun with a verb right after it (a
 *   subject relative: "the cores that reached port on Sunday"; "told residents that the road
 *   would close", a content clause, has its subject after "that");
 * - from it to the date the words hold one verb group and no comma or conjunction
 *   ({@link oneVerbGroup}): the clause has not ended before the date;
 * - the date is not possessive ("undoes some of last year's cuts" dates the cuts).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function relativeClauseOf(sentence: string, start: number, end: number): string | null {
  // "a budget that undoes some of last year's cuts": a possessive date names the cuts' time.
  if (/^['’]s\b/u.test(sentence.slice(end))) return null;
  const { from } = clauseBounds(sentence, start, end);
  const lead = sentence.slice(from, start);
  if (!OPENER.test(lead)) return null;
  const words = taggedWords(sentence);
  const first = words.findIndex((w) => w.start >= from);
  const date = words.findIndex((w) => w.start >= start);
  if (first < 0 || date < 0) return null;
  for (let i = date - 1; i > first; i--) {
    const w = words[i]!;
    if (zeroRelativeAt(words, i, first)) {
      if (!relativeClauseVerbs(words.slice(i + 1, date))) return null;
      return sentence.slice(words[antecedentStart(words, i)]!.start, end);
    }
    const that = RELATIVE_THAT.test(w.value);
    if (!WH.test(w.value) && !that) continue;
    if (
      that &&
      (!/^(?:NOUN|PROPN|PRON)$/u.test(words[i - 1]!.tag) ||
        !verbal(words.slice(i + 1).find((x) => x.tag !== 'ADV') ?? w))
    )
      return null;
    if (!relativeClauseVerbs(words.slice(i + 1, date))) return null;
    const open = antecedentStart(words, i);
    return sentence.slice(words[open]!.start, end);
  }
  return null;
}
