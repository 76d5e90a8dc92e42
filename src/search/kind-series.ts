/**
 * A series of common nouns naming kinds of what a list question asks for. "Which birds live on
 * the reserve?" asks for the members of the set "birds" (Huddleston & Pullum 2002, ch. 10 §7,
 * open interrogatives; Quirk et al. 1985 §6.37 on "which" before a plural noun), and a passage
 * answers it by naming them. When they are kinds rather than named individuals, news writing
 * names them by common nouns in a coordinated series ("The reserve is home to puffins,
 * guillemots, razorbills and kittiwakes"), each a hyponym of the asked noun in WordNet 3.1
 * ("puffin" → "alcid" → "seabird" → "aquatic bird" → "bird"): Hearst 1992, "Automatic
 * acquisition of hyponyms from large text corpora", reads such series as hyponyms of a class.
 * Conjoins are of like kind (Quirk et al. 1985 §13.6–13.8, coordination of like constituents),
 * so a series most of whose members are kinds of the asked noun names its members, though
 * WordNet may miss one ("greylag geese", an irregular plural). A series of names is read by
 * enumerations-first.ts; this reads the series of lower-case noun phrases.
 */
import { isStopWord, tokenize } from '../text/terms.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { keptIn } from '../text/bounded-memo.js';
import { nounSensesOf } from './noun-senses.js';
import { wordnetSynsets, type Synset } from './wordnet-relations.js';
import { TAXONOMIC_FILES } from './plan/counted-superordinates.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * Most hypernym links from a member's sense up to the asked noun's: "kittiwake" → "gull" →
 * "larid" → "coastal diving bird" → "seabird" → "aquatic bird" → "bird" is 6. The asked sense
 * is fixed, so a longer path only costs reading, never admits a more general class.
 */
const MAX_LINKS = 8;

/**
 * The fewest members a series holds, of names (enumerations-first.ts) or of kinds: two
 * coordinated ("Putin and Lukashenko", "Russian and Belarusian") are the commonest coordination
 * of all, and name a pair rather than enumerate a set; a series of several members has three or
 * more (Quirk et al. 1985, §13.19).
 */
export const MIN_SERIES = 3;

/** Fewest members WordNet must know as kinds of the asked noun: more than one, and most of them. */
const MIN_KINDS = 2;

/** A lower-case noun phrase of one to three words ("puffins", "greylag geese", "black-headed gulls"). */
const MEMBER = String.raw`(?<!\p{L})\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}`;
/** Members parted by commas, the last after "and" or "or" (with or without a comma). */
const SERIES = new RegExp(String.raw`${MEMBER}(?:,\s+${MEMBER})*,?\s+(?:and|or)\s+${MEMBER}`, 'gu');
/** What parts the members of a series. */
const PARTS = /,?\s+(?:and|or)\s+|,\s+/u;
/** {@link PARTS}, every one in a series ({@link lastMemberEnd} looks for the last). */
const EVERY_PART = new RegExp(PARTS.source, 'gu');

/** A series of kinds in a text: how many `members` it has and where it stands (`start`, `end`). */
export interface KindSeries {
  members: number;
  start: number;
  end: number;
}

/** Most words whose answer is kept: a corpus's nouns recur question after question. */
const MAX_KEPT_WORDS = 20_000;

/**
 * A test of whether a word (folded, as written) names a kind of what one of `asked` (nouns,
 * folded, as written) names in its most frequent sense: one of the word's senses has that sense
 * among its hypernyms, at most {@link MAX_LINKS} links up. Physical things only
 * (counted-superordinates.ts `TAXONOMIC_FILES`), whose hypernyms form a taxonomy. Null when
 * WordNet knows none of `asked` as such a thing.
 *
 * @example kindsOfTest(['birds'])?.('kittiwakes') // true
 */
export function kindsOfTest(asked: readonly string[]): ((word: string) => boolean) | null {
  const targets = new Set<Synset>();
  for (const noun of asked) {
    const sense = nounSensesOf(noun)[0];
    if (sense !== undefined && TAXONOMIC_FILES.has(sense.lexFile)) targets.add(sense);
  }
  if (targets.size === 0) return null;
  const read = wordnetSynsets();
  const kept = new Map<string, boolean>();
  const isKind = (word: string): boolean => {
    let level = nounSensesOf(word).filter(
      (sense) => TAXONOMIC_FILES.has(sense.lexFile) && !targets.has(sense),
    );
    for (let link = 0; link < MAX_LINKS && level.length > 0; link++) {
      level = level.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
      if (level.some((s) => targets.has(s))) return true;
    }
    return false;
  };
  return (word) => keptIn(kept, word, MAX_KEPT_WORDS, isKind);
}

/**
 * The nouns of a list question that may name the set asked (as written, folded): every noun of
 * the question, so the head of its wh-phrase ("birds" of "which birds live on the reserve") and
 * the others ("birds" of "which species were the dead birds", where the wh-noun only
 * classifies). A noun is a word the lexicon tags NN… and no function word.
 */
export function askedNouns(question: string): string[] {
  return tokenize(question)
    .filter(
      (token) =>
        !isStopWord(token) &&
        (lexiconTags(token.word)?.some((tag) => tag.startsWith('NN')) ?? false),
    )
    .map((token) => token.word);
}

/**
 * The series of {@link MIN_SERIES} or more coordinated lower-case noun phrases in `text` of
 * which at least {@link MIN_KINDS}, and more than half, end in a noun `isKind` holds a kind of
 * the asked noun ({@link kindsOfTest}), in order. A first member's leading function words
 * ("were mute swans") are not part of it, nor the last member's words after its head noun
 * ("ducks were feeding": {@link lastMemberEnd}).
 *
 * @example kindSeriesIn('It is home to puffins, guillemots and razorbills.', isBirdKind) // one, 3 members
 */
export function kindSeriesIn(text: string, isKind: (word: string) => boolean): KindSeries[] {
  const found: KindSeries[] = [];
  for (const match of matchesOf(text, SERIES)) {
    const series = match[0].slice(0, lastMemberEnd(match[0]));
    const members = series.split(PARTS).filter((member) => member.trim() !== '');
    if (members.length < MIN_SERIES) continue;
    const kinds = members.filter((member) => {
      const last = tokenize(member).at(-1);
      return last !== undefined && isKind(last.word);
    }).length;
    if (kinds < MIN_KINDS || kinds * 2 <= members.length) continue;
    // "were mute swans, …": the series begins at its first member's first content word.
    const first = tokenize(series).find((token) => !isStopWord(token));
    const start = match.index + (first?.start ?? 0);
    found.push({ members: members.length, start, end: match.index + series.length });
  }
  return found;
}

/**
 * Where the last member of a matched `series` ends: at its head noun, before the first word
 * after its first that is a function word ("were") or whose usual class (the lexicon's first
 * tag) is a verb or an adverb ("feeding", "seen", "here"). In English the noun phrase's
 * premodifiers come before its head and its postmodifiers are phrases and clauses
 * (Quirk et al. 1985, §17.2–17.5), so a bare lower-case word after the head begins the clause the
 * series stands in, not the member: "swans and ducks were seen" ends at "ducks".
 */
function lastMemberEnd(series: string): number {
  const parts = [...matchesOf(series, EVERY_PART)];
  const from = parts.length > 0 ? parts.at(-1)!.index + parts.at(-1)![0].length : 0;
  // Words as the member writes them: "black-headed" is one premodifier, not "headed".
  const words = [...matchesOf(series.slice(from), /\S+/gu)];
  let end = words[0] === undefined ? 0 : words[0].index + words[0][0].length;
  for (const word of words.slice(1)) {
    const usual = lexiconTags(word[0])?.[0] ?? '';
    if (STOP_WORDS.has(word[0]) || /^(?:VB|RB|MD|IN)/u.test(usual)) break;
    end = word.index + word[0].length;
  }
  return from + end;
}
