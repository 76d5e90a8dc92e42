/**
 * The action a date is said of: the verb that governs it in its clause ("issued the notice
 * yesterday afternoon": issue; "In March, the council agreed": agree), with a verb it is chained to
 * by "to" ("agreed to close": agree, close). Two quotes report one event only when they share it
 * (or, of one day, are one speaker's sayings or tell one happening: {@link actionAgreement}, the
 * one rule merging and yearless quotes follow): a month ("switched off … in February and March") is
 * no second source of a day of that month ("issued the notice yesterday") merely because the same
 * works and place are named.
 *
 * Which verb governs a date is read in governing-verb.ts.
 */
import { PARTICLES_ONLY, PARTICLES_OR_PREPOSITIONS } from '../text/particles.js';
import { stem } from '../text/terms.js';
import { meets } from '../text/verb-noun.js';
import type { DatePrecision } from '../types/timeline.js';
import { SPEECH_VERBS } from './lexicon.js';
import { governingVerb, isVerbAt } from './governing-verb.js';
import {
  actorOf,
  agentOf,
  calledOccasionOf,
  happeningOf,
  heldOccasionOf,
  subjectPhraseOf,
} from './happening.js';
import { actObject, possessiveApart } from './act-object.js';
import { namedApart, patientOf } from './patient.js';
import { hasAdditiveAdjunct } from './additive.js';
import { placeNamesIn } from '../search/plan/place-in-text.js';
import { isOccasionStem } from './occasion.js';
import { synonymousActs } from './synonymous-acts.js';
import { RELATIVE_TO } from './anchor.js';
import { blankedOutsideClause } from './clause.js';
import { thingBefore } from './thing-date.js';
import { taggedWords, type TaggedWord } from './wink.js';
import { type DateSpan, sentenceKey, sentenceOf, spanKey } from './date-span.js';
import { matchesOf } from '../text/matches-of.js';

const isTo = (w: TaggedWord | undefined): boolean => w?.value.toLowerCase() === 'to';

/**
 * The verbs of the action governing the date at `start`–`end` of `sentence`, lower case as
 * written ("issued", "agreed", "close"), or an empty list when its clause holds no verb (a
 * copula alone: "The deadline was in March").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 * @param tagged the sentence's {@link taggedWords}, when already read (a sentence with several dates)
 */
export function actionFormsOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): string[] {
  return actionWordsOf(sentence, start, end, tagged).map((i) => i.form);
}

/**
 * A verb of an action: its form as written, lower case, and the word after it, if any, with
 * where that word ends in the sentence.
 */
interface ActionWord {
  form: string;
  next: string;
  nextEnd: number;
}

/** The verbs of the action governing a date ({@link actionFormsOf}), with the word after each. */
function actionWordsOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[],
): ActionWord[] {
  const governing = governingVerb(sentence, start, end, tagged);
  if (governing === null) return [];
  const { words, at } = governing;
  const values = words.map((w) => w.value);
  const verb = (i: number): boolean => isVerbAt(words, values, i);
  const action = [at];
  // "agreed to close", "voted to close": the verbs a "to" chains are one action.
  for (let i = at; isTo(words[i + 1]) && verb(i + 2); i += 2) action.push(i + 2);
  for (let i = at; isTo(words[i - 1]) && verb(i - 2); i -= 2) action.push(i - 2);
  return action.map((i) => ({
    form: (values[i] as string).toLowerCase(),
    next: (values[i + 1] ?? '').toLowerCase(),
    nextEnd: words[i + 1]?.end ?? sentence.length,
  }));
}

/** What stands between a preposition and the date it opens: "on Friday", "on the 24th". */
const DATE_NEXT = /^\s*(?:the\s+)?$/iu;

/**
 * The verbs of the action governing a date as lexical units, for reading their senses: a verb
 * with the particle after it is one multi-word verb ("must hand in their forms": "hand in"; Quirk
 * et al. 1985, §16.2–16.4), whose meaning is not the bare verb's, so no synonym of the bare verb
 * ("give") tells it. A particle that is also a preposition is read so too: the words alone do
 * not tell "hand in the forms" from "lived in Orlby", and a synonym read from the wrong unit
 * would join two acts. Not the preposition of the date itself ("was cancelled on Friday").
 */
export function lexicalActionOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): string[] {
  return actionWordsOf(sentence, start, end, tagged).map(({ form, next, nextEnd }) =>
    PARTICLES_ONLY.has(next) ||
    (PARTICLES_OR_PREPOSITIONS.has(next) &&
      !(nextEnd <= start && DATE_NEXT.test(sentence.slice(nextEnd, start))))
      ? `${form} ${next}`
      : form,
  );
}

/** Stems of the action governing a date ({@link actionFormsOf}): "issued the notice": issu. */
export function actionOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): Set<string> {
  return new Set(actionFormsOf(sentence, start, end, tagged).map(stem));
}

/** Stems of every word of a text, for finding an action told by a noun ("the evacuation"). */
export function wordStems(text: string): Set<string> {
  return new Set(
    [...matchesOf(text.toLowerCase(), /\p{L}[\p{L}'’-]*\p{L}/gu)].map((m) =>
      stem(m[0].replace(/['’]s$/u, '')),
    ),
  );
}

/**
 * A phrase naming another occasion than the act of its clause, to the next punctuation: one
 * after a preposition (or conjunction) of time relationship, which places the act after or
 * before it ("after the council voted to close the pool": anchor.ts), or of cause or reaction
 * ("called a strike over the council vote", "in protest at the closure", "against", "despite",
 * "because of", "in response to"), which names what the act answers (Quirk et al. 1985, 9.44–
 * 9.45 on cause, reason and reaction). Prepositions are a closed class.
 */
const OTHER_OCCASION = new RegExp(
  String.raw`\b(?:${RELATIVE_TO}|over|against|despite|because\s+of|in\s+(?:protest|response|reply)\s+(?:at|against|over|to))\s[^,;:.!?()—–]*`,
  'giu',
);

/**
 * Stems of the words of a sentence that may tell the act of its date ({@link wordStems}): all
 * but a phrase naming another occasion ({@link OTHER_OCCASION}) that does not hold the date at
 * `at` (a clause's words about the vote it answers are no telling of the vote: "On Monday the
 * union called a strike over the council vote to close the pool" tells a calling, not the
 * council's "voted to close the pool").
 */
export function actStems(sentence: string, at: number): Set<string> {
  return wordStems(
    sentence.replace(OTHER_OCCASION, (phrase, offset: number) =>
      offset <= at && at < offset + phrase.length ? phrase : ' '.repeat(phrase.length),
    ),
  );
}

/**
 * Stems of the verbs of saying, in their past and present forms ("said", "says", "confirms").
 * Every report tells a saying, so a saying shared is no evidence that two sentences tell one event.
 */
const SAYING: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS, 'say', 'says', 'tell', 'tells', 'write', 'writes'].map(stem),
);

/** True when every verb of an action's stems is a verb of saying ({@link SAYING}). */
const onlySaying = (action: ReadonlySet<string>): boolean =>
  [...action].every((w) => SAYING.has(w));

/** A dated sentence as {@link actionAgreement} reads it. */
export interface ActionSource {
  /** Index of the article in the corpus. */
  article: number;
  /** The quote: the date's sentence (with the sentence before it, when it leans on it), and its offset in the article. */
  quote: { quote: string; start: number };
  /** Where the date stands: its own sentence in the quote and its offsets there (date-span.ts). */
  span: DateSpan;
  /** How precisely the sentence dates the event: a day, a month, … */
  precision: DatePrecision;
  /**
   * True when the date is that of an occasion the sentence names, not of its act ("demanding a
   * replay of Sunday's final": events.ts `dates`).
   */
  occasion?: boolean;
}

/**
 * A test of whether two dated sentences may tell one event, as far as their actions go. Where both
 * verbs carry no event of their own ("The Orlby moor fire started on Saturday", "The Orlby ferry
 * strike started on Saturday": happening.ts), the events are their subjects, and two subjects
 * neither sentence names in the other are two events, whatever place and verb the sentences share.
 * Otherwise the action governing one's date (see {@link actionOf}) must be among the other's words,
 * as a verb or its noun ("evacuated in March" and "the evacuation on 12 March"; "agreed" and "an
 * agreement"), or be a WordNet synonym of the other's action ("were found" / "was discovered":
 * synonymous-acts.ts); one subject of one day tells no act ("Two teenagers were arrested on
 * Thursday" / "Two teenagers were released on Thursday" are two events), save that, at one
 * precision, one speaker's sayings (their subjects' heads: happening.ts `actorOf`, stated and the
 * same) are one statement ("Putin announced on Aug. 27" / "Putin on Thursday said"), and a verb
 * that only tells its subject happened ("A fire broke out at the mill") tells that subject, as does
 * a sentence with the same subject ("fire swept through the mill"). Acts of two actors are two
 * events, whether they share only a place ("Two food banks opened this morning, at St Paul's Church
 * Hall" / "queues at St Paul's Church Hall stretched … on Tuesday evening") or a name one of them
 * only mentions ("the board on Tuesday cleared Tomas Vidal" / "Tomas Vidal told reporters on
 * Tuesday evening"). Where both verbs carry no event, one subject named by both is one event. At
 * two precisions (a month and a day of it) the vaguer date agrees with many days, so only the
 * action counts. A sentence whose clause holds no verb tells no action, and wording alone decides.
 * Every report tells a saying, so a verb of saying is shared action only when it is all both dates
 * are said of ("Inspectors said in March that…" and "said yesterday that…": two reports of one
 * statement), not beside or against another verb ("made redundant last October, the report
 * confirms" is no source of "confirmed yesterday"; "In May, he told the Gazette" none of "staff
 * were told to expect … last Thursday"). Nor are acts on two objects that a possessive sets apart
 * ("suspended sprinter Per Ek" / "suspended Per Ek's assistant": act-object.ts), nor acts on two
 * patients named apart ("Castlemere was bombed in 1941" / "Pellford was also bombed in 1941":
 * patient.ts), by two subjects a place sets apart ("The library in Pellmoor" / "The library in
 * Tarnby"), nor a further instance marked by "also", "too" or "as well" whose participant the
 * other sentence does not name (additive.ts): event coreference needs matching arguments (Bejan
 * & Harabagiu 2010; Cybulska & Vossen 2014). Used by merging
 * (merge.ts) and by yearless quotes joining an entry (attach.ts). Actions and stems are computed
 * once per sentence and date, so the test is cheap to ask again.
 */
export function actionAgreement(): (a: ActionSource, b: ActionSource) => boolean {
  const stems = new Map<string, Set<string>>();
  const tagged = new Map<string, readonly TaggedWord[]>();
  // A sentence with several dates is tagged once: the date's own sentence, which its offsets are
  // into (a quote may hold the sentence before it, with the same date words).
  const taggedOf = (m: ActionSource): readonly TaggedWord[] => {
    const key = sentenceKey(m.article, m.span);
    let words = tagged.get(key);
    if (!words) tagged.set(key, (words = taggedWords(sentenceOf(m.quote, m.span))));
    return words;
  };
  // What a sentence says of one of its dates, read once per date at its own offsets.
  const perDate = <T>(
    read: (sentence: string, start: number, end: number, m: ActionSource) => T,
  ): ((m: ActionSource) => T) => {
    const cache = new Map<string, T>();
    return (m) => {
      const key = spanKey(m.article, m.span);
      if (!cache.has(key))
        cache.set(key, read(sentenceOf(m.quote, m.span), m.span.start, m.span.end, m));
      return cache.get(key) as T;
    };
  };
  // A date after "of" and a noun dates what the noun names ("our report of 4 June said five boats
  // sank" dates the report, not the sinking: thing-date.ts; Quirk et al. 1985, ch. 17
  // on postmodification by prepositional phrases): that noun is the act the date is said of, and
  // another source tells it only by the noun, its verb or a synonym, not by the clause's verbs.
  const thingOfSource = perDate((s, start) => thingBefore(s, start));
  const formsOfSource = perDate((s, start, end, m) => {
    const thing = thingOfSource(m);
    return thing === null ? actionFormsOf(s, start, end, taggedOf(m)) : [thing.toLowerCase()];
  });
  const actionOfSource = perDate((_s, _start, _end, m) => new Set(formsOfSource(m).map(stem)));
  // Every word of the quote, the sentence a pronoun leans on included: what the source names.
  const stemsOf = (m: ActionSource): Set<string> => {
    const key = `${m.article}:${m.quote.start}:${m.quote.quote.length}`;
    let words = stems.get(key);
    if (!words) stems.set(key, (words = wordStems(m.quote.quote)));
    return words;
  };
  // The words that may tell a source's act: not those naming an occasion it answers (actStems).
  const actStemsOf = perDate((s, start) => actStems(s, start));
  // The words that may tell the act its date is said of: those of the date's own clause. A
  // relative clause's date is its verb's ("fell ill on the voyage, which ended last Friday"
  // dates the ending, not the falling ill; Quirk et al. 1985, §17.8), and another clause's verb
  // is another act.
  const datedActStemsOf = perDate((s, start, end, m) => {
    const thing = thingOfSource(m);
    return thing === null
      ? actStems(blankedOutsideClause(s, start, end), start)
      : wordStems(`${thing} ${s.slice(start, end)}`);
  });
  // Tagged only when the sentence holds such a verb at all. "will hold a public meeting on 6
  // March" tells the meeting's taking place, as "A public meeting will take place on 6 March"
  // does (happening.ts `heldOccasionOf`), and so does "have organised a public meeting … on 6
  // March", whose day is the meeting's (happening.ts `calledOccasionOf`).
  const happeningOfSource = perDate(
    (s, start, end, m) =>
      happeningOf(s, start, end, () => taggedOf(m)) ??
      heldOccasionOf(formsOfSource(m), objectOfSource(m)?.head ?? null) ??
      calledOccasionOf(s, start),
  );
  const actorOfSource = perDate((s, start, end, m) => actorOf(s, start, end, taggedOf(m)));
  const agentOfSource = perDate((s, start, end, m) => agentOf(s, start, end, taggedOf(m)));
  const objectOfSource = perDate((s, start, end, m) => actObject(s, start, end, taggedOf(m)));
  // One actor: both subjects' heads stated and the same ("Ann Roe announced" / "Ann Roe said").
  // A name only mentioned ("cleared Tomas Vidal", "the acquittal of Tomas Vidal") is no actor.
  // A subject not read ("when fire swept through the mill") may be the other's actor, if it
  // names it.
  const sameActor = (a: ActionSource, b: ActionSource): boolean => {
    const actorA = actorOfSource(a);
    const actorB = actorOfSource(b);
    if (actorA === null && actorB === null) return true;
    if (actorA === null) return stemsOf(a).has(actorB as string);
    if (actorB === null) return stemsOf(b).has(actorA);
    return actorA === actorB;
  };
  // One statement: both actions only sayings, by one speaker, of one day ("Putin announced on
  // Aug. 27" / "Putin on Thursday said"): every report tells a saying, and one speaker's sayings
  // of a day are told as one statement, as the same verb of saying is (toldByBoth).
  const oneStatement = (a: ActionSource, b: ActionSource): boolean =>
    onlySaying(actionOfSource(a)) && onlySaying(actionOfSource(b)) && sameActor(a, b);
  // Both actions hold one verb ("voted to close" / "voted to strike": vote).
  const sameVerb = (a: ActionSource, b: ActionSource): boolean => {
    const actionB = actionOfSource(b);
    return [...actionOfSource(a)].some((verb) => actionB.has(verb));
  };
  // Two actors: both subjects' heads stated, different, and neither named in the other sentence
  // ("On Monday the council voted to close the pool" / "On Monday the union voted to strike").
  // One event is one act by one actor, so the same verb of two actors tells two acts, unless both
  // act on one object ("Police arrested three men" / "Detectives arrested three men": one arrest
  // told by two names of its agents). A subject named in the other sentence may be its actor or
  // its object ("The pool was closed on Monday" / "The council closed the pool on Monday").
  // Two verbs are left to whether one tells the other's act ("provided the city signed a
  // contract before the end of June" / "The authority's share depends on a signed contract by
  // the end of June": one signing, whoever the subjects).
  const twoActors = (a: ActionSource, b: ActionSource): boolean => {
    const actorA = agentOfSource(a);
    const actorB = agentOfSource(b);
    if (actorA === null || actorB === null || actorA === actorB) return false;
    if (stemsOf(b).has(actorA) || stemsOf(a).has(actorB)) return false;
    if (!sameVerb(a, b)) return false;
    const objectA = objectOfSource(a);
    const objectB = objectOfSource(b);
    return objectA === null || objectB === null || objectA.head !== objectB.head;
  };
  // Two objects of one verb: both acts' objects read, their heads different, and neither named
  // in the other sentence ("Police arrested a man in Denby on Monday" / "Police arrested a woman
  // in Denby on Monday"): one event is one act on one object, so one verb on two things tells two
  // acts. So do two synonyms ("must pass their forms to the council" / "can give their views"):
  // a synonym tells the same kind of act, and its object which one; neither verb nor object
  // then says it is the other's.
  const twoObjects = (a: ActionSource, b: ActionSource): boolean => {
    const objectA = objectOfSource(a);
    const objectB = objectOfSource(b);
    if (objectA === null || objectB === null || objectA.head === objectB.head) return false;
    if (!sameVerb(a, b) && !synonymousActs(unsaidUnits(a), unsaidUnits(b))) return false;
    return !actStemsOf(b).has(objectA.head) && !actStemsOf(a).has(objectB.head);
  };
  const patientOfSource = perDate((s, start, end, m) => patientOf(s, start, end, taggedOf(m)));
  // The places a subject's postmodifier names ("The library in Pellmoor closed …"): a
  // postmodifier narrows which thing its head means (Quirk et al. 1985, §17.2–17.5), so it is
  // part of the participant, not a circumstance of the act.
  const subjectPlacesOf = perDate((s, start, end, m) => {
    const subject = subjectPhraseOf(s, start, end, taggedOf(m));
    return subject === null ? [] : placeNamesIn(subject);
  });
  // Two participants told apart by their places: each subject names a place, and neither
  // sentence names any of the other's ("The library in Pellmoor closed its doors in 2019" /
  // "The library in Tarnby closed its doors in 2019": two libraries). A place both name ("in
  // Tarnby" / "on Tarnby High Street") may be one told more or less finely. A place of the act
  // alone ("signed in Moscow" / "made in the city of Minsk") is a circumstance sources may
  // disagree on, not a participant, and is left to the other rules.
  const twoPlaces = (a: ActionSource, b: ActionSource): boolean => {
    const namedIn = (place: string, m: ActionSource) => meets(wordStems(place), stemsOf(m));
    const placesA = subjectPlacesOf(a);
    const placesB = subjectPlacesOf(b);
    return (
      placesA.length > 0 &&
      placesB.length > 0 &&
      !placesA.some((place) => namedIn(place, b)) &&
      !placesB.some((place) => namedIn(place, a))
    );
  };
  const additiveOfSource = perDate((s, start, end) =>
    hasAdditiveAdjunct(blankedOutsideClause(s, start, end)),
  );
  // A further instance: a date's clause with an additive adjunct ("Pellford was also bombed in
  // 1941": additive.ts) tells another instance than the one it adds to, so it is another
  // sentence's event only when that one names its participant too: its patient, or its subject
  // when it has none read ("Police also arrested a woman on Monday" is no source of "A man was
  // arrested on Monday"). With no participant read, nothing says which instance it is.
  const furtherInstance = (x: ActionSource, y: ActionSource): boolean => {
    if (!additiveOfSource(x)) return false;
    const patient = patientOfSource(x);
    const actor = actorOfSource(x);
    const participant = patient?.nouns ?? (actor === null ? null : new Set([actor]));
    return participant !== null && !meets(participant, stemsOf(y));
  };
  // Two chained acts: both actions chain verbs by "to" and each chain holds a verb the other's
  // lacks, no synonym of it ("voted to close the pool" / "voted to sell the library"): the verb
  // chained is what was voted on, and two of them are two decisions. One verb alone says nothing
  // here ("voted to close" / "closed").
  const twoChainedActs = (a: ActionSource, b: ActionSource): boolean => {
    const chainA = unsaid(a);
    const chainB = unsaid(b);
    if (chainA.length < 2 || chainB.length < 2) return false;
    const stemsA = new Set(chainA.map(stem));
    const stemsB = new Set(chainB.map(stem));
    const onlyA = chainA.filter((form) => !stemsB.has(stem(form)));
    const onlyB = chainB.filter((form) => !stemsA.has(stem(form)));
    return onlyA.length > 0 && onlyB.length > 0 && !synonymousActs(onlyA, onlyB);
  };
  // The verbs of a source's action other than sayings: news tells most of its reports by a verb
  // of saying, so one told by a synonym ("said" / "told") is no evidence of one event.
  const unsaid = (m: ActionSource): string[] =>
    formsOfSource(m).filter((form) => !SAYING.has(stem(form)));
  // The same as lexical units, a verb with its particle ("hand in": lexicalActionOf), for
  // reading their senses; a date of a noun ("our report of 4 June") is that noun's. A
  // multi-word verb is no saying for its verb being one ("called off").
  const unitsOfSource = perDate((s, start, end, m) =>
    thingOfSource(m) === null ? lexicalActionOf(s, start, end, taggedOf(m)) : formsOfSource(m),
  );
  const unsaidUnits = (m: ActionSource): string[] =>
    unitsOfSource(m).filter((unit) => unit.includes(' ') || !SAYING.has(stem(unit)));
  // The other's act told as the same verb or its noun ("agreed" / "an agreement"), or as a
  // WordNet synonym of it ("found" / "discovered": synonymous-acts.ts); a saying counts only
  // when it is all both tell.
  const toldByBoth = (a: ActionSource, b: ActionSource): boolean => {
    const actionA = actionOfSource(a);
    const actionB = actionOfSource(b);
    const sayingCounts = onlySaying(actionA) && onlySaying(actionB);
    const counted = (action: Set<string>): Set<string> =>
      new Set([...action].filter((w) => sayingCounts || !SAYING.has(w)));
    return (
      meets(counted(actionA), datedActStemsOf(b)) ||
      meets(counted(actionB), datedActStemsOf(a)) ||
      synonymousActs(unsaidUnits(a), unsaidUnits(b))
    );
  };
  return (a, b) => {
    // A sentence dated only by an occasion it names ("marched …, demanding a replay of Sunday's
    // final") tells the act of its own verb, not the occasion's: it is another sentence's source
    // only when both tell that act, never by a name, an actor or a happening shared ("Attendance
    // at Sunday's final reached 18,200" is another act), nor with no verb to tell it.
    if (a.occasion === true || b.occasion === true)
      return (
        actionOfSource(a).size > 0 &&
        actionOfSource(b).size > 0 &&
        toldByBoth(a, b) &&
        !possessiveApart(objectOfSource(a), objectOfSource(b))
      );
    const happeningA = happeningOfSource(a);
    const happeningB = happeningOfSource(b);
    // Both verbs tell only that something happened: the event is their subject, one named by both.
    // Two occasions of different kinds are two events, though one is held at the other ("A vote
    // … will be held at the public meeting on 6 March" / "A public meeting … will take place"):
    // the one named after "at" is where the other happens, not what happens.
    if (happeningA !== null && happeningB !== null)
      return (
        (happeningA === happeningB || !isOccasionStem(happeningA) || !isOccasionStem(happeningB)) &&
        (stemsOf(b).has(happeningA) || stemsOf(a).has(happeningB))
      );
    if (actionOfSource(a).size === 0 || actionOfSource(b).size === 0) return true;
    const told = toldByBoth(a, b);
    // One event is one act: two sentences that both have a verb tell one event only when they tell
    // the same act (the same verb, its noun or a WordNet synonym: toldByBoth), whoever their
    // subjects are. One date and one subject are no evidence of one act: "Two teenagers were
    // arrested on Thursday" / "Two teenagers were released on Thursday" are two events, and so are
    // "Mishustin ordered negotiations" / "Mishustin tasked officials". The exceptions: a speaker's
    // sayings (oneStatement); and a verb that only tells its subject happened ("A fire broke out at
    // the mill on Tuesday") tells no act but that subject, so the other sentence tells that event
    // when its subject is the same ("fire swept through the mill on Tuesday night", its subject
    // unread but named: sameActor). Not two acts of one day that share only a name ("the board on
    // Tuesday cleared Tomas Vidal" / "Tomas Vidal told reporters on Tuesday evening"), nor only a
    // place.
    // One event is one act on one object, and a possessive changes the object: "suspended sprinter
    // Per Ek" and "suspended Per Ek's assistant" are two acts (act-object.ts).
    return (
      (told ||
        (a.precision === b.precision &&
          (oneStatement(a, b) ||
            ((happeningA !== null || happeningB !== null) && sameActor(a, b))))) &&
      !possessiveApart(objectOfSource(a), objectOfSource(b)) &&
      !twoActors(a, b) &&
      !twoObjects(a, b) &&
      !twoChainedActs(a, b) &&
      !namedApart(patientOfSource(a), patientOfSource(b)) &&
      !twoPlaces(a, b) &&
      !furtherInstance(a, b) &&
      !furtherInstance(b, a)
    );
  };
}
