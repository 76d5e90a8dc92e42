/**
 * Whose a statement or a figure is: its holders. "It puts the cost of repair at £1.2 million"
 * (an engineers' report) and "the campaign's own estimate put the cost of repairs at about
 * £850,000" are two parties' figures, both true as reported: neither a disagreement between
 * the outlets nor one fact. A holder is named by attribution ("X said", "…, X say", "said X",
 * "according to X"), by a possessive before a figure ("the council's estimate", "its own
 * count"), or as the subject of a verb of estimating ("X puts the cost at", "X estimates").
 * A pronoun ("it", "its", "they") or a bare title ("a spokesman", "officials") names a holder
 * the sentence does not say: a holder of unknown identity. An outlet that reports ("…, Interfax
 * reported", "according to Russian media") relays what it reports; it holds no claim of its own.
 * The spans are read here; fact-relation.ts compares their words.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { ACCORDING, MAX_FRAME_WORDS, SAYING_OR_SAY } from './fact-attribution.js';
import type { ParticipantsSource } from './fact-participants.js';
import { bodyNamedInSentence } from './fact-described-body.js';
import { matchesOf } from '../../text/matches-of.js';

/** Where a passage names a holder (offsets in the passage). */
export interface HolderSpan {
  start: number;
  end: number;
  /** A pronoun: a holder the sentence does not name. */
  pronoun: boolean;
  /** Named by a possessive before a figure ("the campaign's own estimate"). */
  possessor: boolean;
}

/** Nouns for what a holder holds, never who: "the council's estimate" is held by the council. */
const FIGURE_NOUNS = [
  'estimate',
  'figure',
  'count',
  'tally',
  'forecast',
  'projection',
  'calculation',
  'reckoning',
] as const;
const FIGURE = String.raw`(?:own\s+)?(?:estimates?|figures?|counts?|tall(?:y|ies)|forecasts?|projections?|calculations?|reckonings?)\b`;
/** A possessive before a figure: "the campaign's own estimate", "Viasna's count". */
const POSSESSED_FIGURE = new RegExp(String.raw`\b([\p{L}][\p{L}-]*)['’]s?\s+${FIGURE}`, 'giu');
/** A possessive pronoun before a figure: "its own estimate", "their count". */
const PRONOUN_FIGURE = new RegExp(String.raw`\b(its|their|his|her|our)\s+${FIGURE}`, 'giu');
/**
 * A verb of estimating with its subject before it: "It puts the cost at", "the trust estimates".
 * Not the adjective ("an estimated £1.2m") nor the passive ("is estimated at").
 */
const ESTIMATING =
  /(?<!\b(?:a|an|the|is|are|was|were|be|been|being)\s+)\b(?:puts?|putting)\b(?=[^,;:.!?]{0,40}\bat\b)|(?<!\b(?:a|an|the|is|are|was|were|be|been|being)\s+)\b(?:estimates|estimated|reckons|reckoned|calculates|calculated|forecasts|forecast)\b(?=\s+(?:that\b|the\b|it\b|there\b|\p{N}))/giu;
const PRONOUN = /^(?:it|its|he|his|she|her|they|their|we|our|i)$/i;
/** Clause breaks a subject or a closing speaker does not reach over. */
const CLAUSE_BREAK = /[,;:—–()"“”]/u;
/** A wire dateline opening a sentence ("MILLBECK — "): no part of a speaker's name. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*\s+[—–-]\s+/u;
/** A clause that describes who it follows: ", who opposed it,", ", the harbour master,". */
const DESCRIBING = /^,\s*(?:who|whose|which|the|a|an|its|their|his|her)\b/i;
/** Verbs of saying that are plural nouns too. */
const NOUN_TOO = /^(?:states|notes)\b/i;
/** Outlets as a kind, which relay what they report rather than hold it. */
const RELAYER =
  /\b(?:media|press|newspapers?|news\s+agenc(?:y|ies)|reports?\s+(?:in|by)|outlets?)\b/i;
/** Bare titles: a holder the sentence does not name ("a spokesman said", "officials say"). */
const TITLE_WORDS = [
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'statement',
] as const;
/** Where what describes a holder named after "according to" starts. */
const DESCRIBED_AFTER =
  /\s(?:published|released|issued|commissioned|seen|obtained|which|who|that|on|in|at|from|for)\b/i;
/** The most words a holder's name takes ("the Save Millbeck Lido group"). */
const MAX_HOLDER_WORDS = 5;
/** The most words read back from a verb of estimating as its subject. */
const MAX_SUBJECT_WORDS = 4;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

function span(text: string, start: number, end: number, possessor = false): HolderSpan | null {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s,.;:!?]/.test(text[end - 1] as string)) end--;
  const words = text.slice(start, end);
  if (end <= start || !/\p{L}/u.test(words) || RELAYER.test(words)) return null;
  return { start, end, pronoun: PRONOUN.test(words), possessor };
}

/** Where the clause holding `at` starts. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] as string)) start--;
  return start;
}

/** What may close a trailing attribution ("…, X said last week."): nothing, or a time. */
const TIME_AFTER_FRAME =
  /^\s*(?:(?:last|this|next|earlier|later|on|in|at|yesterday|today|tonight|overnight)\b.*)?[\s.!?"”’)]*$/isu;

const endsFrame = (after: string): boolean => TIME_AFTER_FRAME.test(after);

/**
 * The holders a passage names, in the order read (see the module's comment). Read cheaply: most
 * passages attribute nothing.
 */
export function holderSpans(text: string): HolderSpan[] {
  const found: HolderSpan[] = [];
  const add = (s: HolderSpan | null) => {
    if (s !== null && !found.some((f) => f.start < s.end && s.start < f.end)) found.push(s);
  };
  for (const m of matchesOf(text, ACCORDING)) {
    const start = m.index + m[0].search(/\bto\b/i) + 2;
    // "according to an engineers' report published by the council": the holder is the report.
    const rest = text.slice(start, m.index + m[0].length);
    const cut = rest.search(DESCRIBED_AFTER);
    add(span(text, start, start + (cut < 0 ? rest.length : cut)));
  }
  for (const m of matchesOf(text, POSSESSED_FIGURE)) {
    const possessor = m[1] as string;
    add(span(text, m.index, m.index + possessor.length, true));
  }
  for (const m of matchesOf(text, PRONOUN_FIGURE))
    add(span(text, m.index, m.index + (m[1] as string).length, true));
  const opening = DATELINE.exec(text)?.[0].length ?? 0;
  for (const m of matchesOf(text, SAYING_OR_SAY)) {
    // "the two states", "annual notes": a noun, unless "that" follows it. An outlet that
    // reports relays what it reports.
    if (/^report/i.test(m[0]) || (NOUN_TOO.test(m[0]) && !/\bthat$/i.test(m[0]))) continue;
    const end = m.index + m[0].length;
    const head = text.slice(opening, m.index);
    const after = text.slice(end);
    const start = clauseStart(text, m.index);
    const first = head.search(/,/);
    // "Ana Ruiz said …", "Ana Ruiz, who opposed it, said …": the speaker opens the sentence,
    // before any clause that describes them.
    if (
      wordCount(head) <= MAX_FRAME_WORDS &&
      wordCount(after) >= 3 &&
      (first < 0 || (DESCRIBING.test(head.slice(first)) && /,\s*$/.test(head))) &&
      wordCount(first < 0 ? head : head.slice(0, first)) <= MAX_HOLDER_WORDS
    ) {
      add(span(text, opening, first < 0 ? m.index : opening + first));
      continue;
    }
    if (start <= opening) continue;
    const before = wordCount(text.slice(start, m.index));
    // "…, campaigners say." / "…, its operator said last week." Only a time may follow the
    // frame: in "…, the result announced on Tuesday showed." a verb follows, so "announced" is
    // a participle qualifying "the result" (a reduced relative clause), not its saying.
    if (before > 0 && before <= MAX_HOLDER_WORDS && wordCount(after) <= 2 && endsFrame(after))
      add(span(text, start, m.index));
    // "…, said the ministry." / "“…,” said Ana Ruiz, adding …"
    const stop = after.search(/[,.;!?]/);
    const speaker = after.slice(0, stop < 0 ? after.length : stop);
    if (before === 0 && wordCount(speaker) <= MAX_HOLDER_WORDS)
      add(span(text, end, end + speaker.length));
  }
  for (const m of matchesOf(text, ESTIMATING)) {
    const start = Math.max(clauseStart(text, m.index), opening);
    const subject = text.slice(start, m.index).split(/\s+/).filter(Boolean);
    const words = subject.slice(-MAX_SUBJECT_WORDS).join(' ');
    if (words === '') continue;
    const at = text.lastIndexOf(words, m.index);
    add(span(text, at, at + words.length));
  }
  return found;
}

/** A holder as compared: the terms of its words (as fact-relation.ts keys them). */
export interface Holder {
  /** Empty for a holder of unknown identity (a pronoun, a bare title). */
  keys: ReadonlySet<string>;
  /** Named by a possessive before a figure ("the campaign's own estimate", "its count"). */
  possessor: boolean;
}

const keyOf = (word: string) => stem(word).slice(0, SEARCH_OPTIONS.facts.namePrefix);
/** Figure nouns and bare titles as keys: what is held, or no name of who holds it. */
const NOT_NAMING: ReadonlySet<string> = new Set([...FIGURE_NOUNS, ...TITLE_WORDS].map(keyOf));

/** The holders of a passage, each with the terms of the units its span holds. */
export function holdersOf(passage: ParticipantsSource): Holder[] {
  const keysIn = (start: number, end: number) =>
    new Set(
      passage.sequence
        .filter((unit) => unit.start < end && start < unit.end)
        .flatMap((unit) => unit.keys)
        .filter((key) => !NOT_NAMING.has(key)),
    );
  return holderSpans(passage.text).map((s) => {
    // "Halvard Renewables has offered …, the company said": the description names the body the
    // sentence opens with (fact-described-body.ts), whose words are then the holder's.
    const body = s.possessor
      ? null
      : bodyNamedInSentence(passage.text, passage.text.slice(s.start, s.end));
    const at = body === null ? -1 : passage.text.indexOf(body);
    return {
      keys: at < 0 ? keysIn(s.start, s.end) : keysIn(at, at + (body as string).length),
      possessor: s.possessor,
    };
  });
}

/**
 * How the holders of two passages compare: `none` when either names none; `same` when a holder
 * of one shares a word with a holder of the other ("Ms Okafor said" / "according to Ruth
 * Okafor"); `apart` when both name holders and none shares a word ("the campaign's own estimate"
 * / "the council said"); `unknown` otherwise (a holder not named on one side: "It puts the cost
 * at").
 */
export function compareHolders(
  a: readonly Holder[],
  b: readonly Holder[],
): 'none' | 'same' | 'apart' | 'unknown' {
  if (a.length === 0 || b.length === 0) return 'none';
  if (a.some((x) => b.some((y) => [...x.keys].some((key) => y.keys.has(key))))) return 'same';
  const named = (holders: readonly Holder[]) => holders.some((h) => h.keys.size > 0);
  return named(a) && named(b) ? 'apart' : 'unknown';
}

/** True when a figure is named as a party's own ("the campaign's own estimate", "its count"). */
export const holdsPossessedFigure = (holders: readonly Holder[]): boolean =>
  holders.some((h) => h.possessor);
