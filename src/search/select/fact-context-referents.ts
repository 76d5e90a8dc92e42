/**
 * What a passage leaves to its context to identify, and when two contexts identify different
 * things. A definite noun phrase ("the match", "the meeting") refers to the one thing its
 * context identifies (Hawkins 1978, Definiteness and Indefiniteness, on the "anaphoric" and
 * "situational" uses of the; Halliday & Hasan 1976, Cohesion in English, ch. 2, on reference):
 * "A crowd of 24,118 watched the match." says which match only through the sentences before it.
 * Not a person or a group: the participants of the story reported ("the hackers", "the
 * university") are the same in every report of it (Hawkins's "larger situation" use), while
 * matches, concerts and meetings recur, each bound to its time; so "the hackers had demanded
 * £2.4 million" / "… £4 million" stay one claim in dispute.
 * Two such passages, alike in words, are reports of one thing only when their contexts may
 * identify one thing: sentences before that name different days, or name things of which
 * neither names any, introduce different referents, and then the two counts are of two matches
 * (a "sources differ" on them would be untrue). Read only for a disagreement already found
 * (fact-relation.ts `relateFacts`), so it costs nothing on pairs that are not one.
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { NOUN_GROUP, NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';
import { SEARCH_OPTIONS } from '../options.js';
import type { AnalysedFact } from './fact-analysis.js';
import { resolvedDays, sameTime } from './fact-resolved-time.js';
import { statedDaysApart } from './fact-stated-day.js';
import { matchesOf } from '../../text/matches-of.js';

/** "the" and the words after it: a definite noun phrase (Quirk et al. 1985, 5.26-5.33). */
const DEFINITE = /\bthe((?:\s+[\p{L}'’-]+){1,3})/giu;

/**
 * True when `text` holds a definite noun phrase whose head is not usually a person or a group
 * ("the match", "the concert", not "the hackers" or "the university": usual-noun-files.ts). The
 * head is the last of at most three words after "the", before a function word, that WordNet
 * holds as a noun ("the hackers demanded …": "hackers").
 */
function definiteNonParticipant(text: string): boolean {
  for (const [, after] of matchesOf(text, DEFINITE)) {
    const words = (after ?? '').trim().split(/\s+/u);
    const end = words.findIndex((word) => STOP_WORDS.has(word.toLowerCase()));
    const phrase = end < 0 ? words : words.slice(0, end);
    const files = phrase
      .filter((word) => /^\p{Ll}/u.test(word))
      .map((word) => usualNounFiles(word.toLowerCase()))
      .filter((kinds) => kinds.length > 0)
      .at(-1);
    if (files !== undefined && !files.some((file) => PARTICIPANT_FILES.has(file))) return true;
  }
  return false;
}

/** The usual kinds of a story's participants: persons and groups (bodies, crowds, teams). */
const PARTICIPANT_FILES: ReadonlySet<number> = new Set([NOUN_PERSON, NOUN_GROUP]);

/** A capitalised word: a name's, or a sentence's first word. */
const CAPITALISED = /(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}’'-]*/gu;

/** A month or weekday name: a date, named the same way in any report. */
const CALENDAR = new RegExp(`^(?:${MONTH_RE}|${WEEKDAY_RE})$`, 'u');

/**
 * The words of the names a text writes (capitalised words that are not stop words or calendar
 * words), each cut to `SEARCH_OPTIONS.facts.namePrefix` letters, lower-cased: "Dunmore Town beat
 * Ashby Rovers on Saturday" → dunmo, town, ashby, rover. A sentence's first word is taken too
 * unless it is a stop word ("The", "A"): keeping a word that may not be a name only makes two
 * contexts share more, never less.
 */
export function nameWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of matchesOf(text, CAPITALISED)) {
    const bare = word.replace(/[’'](?:s)?$/u, '');
    if (STOP_WORDS.has(bare.toLowerCase()) || CALENDAR.test(bare)) continue;
    words.add(bare.toLowerCase().slice(0, SEARCH_OPTIONS.facts.namePrefix));
  }
  return words;
}

/**
 * True when what a passage reports (its claim, the frame of saying set aside: "…, the club
 * said") holds a definite noun phrase of an occurrence and names nothing: whatever it is about, only its
 * context says which ("A crowd of 24,118 watched the match.").
 */
export function leavesReferentToContext(fact: AnalysedFact): boolean {
  return nameWords(fact.claim).size === 0 && definiteNonParticipant(fact.claim);
}

/**
 * True when two passages' contexts (`before`: the sentences right before each, null when there
 * is none) identify different things: both name something and no name word of one is one of
 * the other's ({@link nameWords}: "Dunmore Town beat Ashby Rovers" / "Kelby United drew with
 * Lowther Athletic"), or both state days and none can be one (dates with their day that cannot
 * match; days counted from publication, `published` as fact-resolved-time.ts reads it, that
 * never meet: "on Saturday" of 8 March / "on Tuesday" of 10 March). A context that states no
 * day or names nothing sets nothing apart.
 */
export function contextsApart(
  before: readonly [AnalysedFact | null, AnalysedFact | null],
  published: readonly [string | null, string | null],
): boolean {
  const [x, y] = before;
  if (x === null || y === null) return false;
  const nx = nameWords(x.text);
  const ny = nameWords(y.text);
  if (nx.size > 0 && ny.size > 0 && ![...nx].some((word) => ny.has(word))) return true;
  if (statedDaysApart(x.values, y.values)) return true;
  const dx = resolvedDays(x.time, published[0]);
  const dy = resolvedDays(y.time, published[1]);
  return (
    dx !== null &&
    dy !== null &&
    dx.length > 0 &&
    dy.length > 0 &&
    !sameTime(x.time, y.time, published[0], published[1])
  );
}
