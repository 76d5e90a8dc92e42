/**
 * A state told to start at a date in the present: "Fares rise from March.", "Goods train from
 * March.", "The ban applies from 1 March." "from" before a date opens the period a state holds
 * over from then on (as "since" does up to now), and the present tells it of a time still to
 * come: a state already begun is told in the perfect with "since" ("Fares have risen since
 * March", since-state.ts) or in the past ("rose from March"). So a date after a present verb and
 * "from" lies ahead of the time of writing, the start of a state, not an event the headline
 * present may tell after the fact ("Fares rise in March" keeps the nearer year). Whether a
 * headline's pair is a clause or a noun phrase ("Goods train from March": goods that train, or
 * a goods train from March on) then changes nothing: either way the date is when what it tells
 * begins, ahead. Read at index build only (wink-nlp's tagger).
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { pluralPresentVerbAt } from './plural-present.js';
import { taggedWords } from './wink.js';

/** "from" right before the date, a space between. */
const FROM_BEFORE = /\bfrom\s+$/iu;

/** Penn Treebank tags of the present: third person singular, and any other person. */
const PRESENT_TAGS = ['VBZ', 'VBP'];

/**
 * True when the date at `start` of `sentence` follows "from" right after a verb in the present
 * (see the module note): a word wink-nlp tags as a verb that `wink-lexicon` lists in the
 * present, or the present after a plural subject the tagger reads as a compound noun
 * (plural-present.ts).
 */
export function startsStateAhead(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (!FROM_BEFORE.test(before)) return false;
  const from = before.search(FROM_BEFORE);
  const words = taggedWords(sentence);
  const verbAt = words.findLastIndex((w) => w.end <= from);
  const verb = words[verbAt];
  if (verb === undefined) return false;
  // Not a copula: "The letter is from March" tells where a thing comes from, not a start.
  if (verb.tag === 'VERB') {
    const tags = lexiconTags(verb.value.toLowerCase()) ?? [];
    return PRESENT_TAGS.some((t) => tags.includes(t));
  }
  // "Goods train from March": the tagger's compound, read as a plural subject and its present.
  const tags = words.map((w) => w.tag);
  return (
    pluralPresentVerbAt(
      words.map((w) => w.value),
      tags,
    ) === verbAt
  );
}
