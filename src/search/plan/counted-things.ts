/**
 * A count of things: a cardinal before the plural noun it counts ("six short piles", "six of
 * the foundation piles") says how many there are, not how far, how deep or how heavy any of
 * them is. English states a measure as a number with a unit of measure ("2.8 metres short",
 * "310 tonnes"), a count as a cardinal determining its head noun (Huddleston & Pullum 2002, The
 * Cambridge Grammar of the English Language, ch. 5 §7 on cardinal numerals as determiners;
 * Quirk et al. 1985 §5.23, where a cardinal after its noun is a label: plan/number-label.ts).
 * WordNet files the units of measure as noun.quantity (lexnames(5WN) file 23: "metre", "mile",
 * "tonne", "fathom"), so a count before a noun whose usual sense is filed elsewhere ("piles",
 * "homes", "responses") is a count of things, and a number before a unit stays a measure.
 *
 * Kept narrow: the counted noun must read as a plural noun (the lexicon tags it NNS, or it lacks
 * the word and WordNet holds it as a noun) with at most a few premodifiers between; a number
 * before anything else ("rose to 40", "weighing 310 each", a word neither lexicon knows) is
 * left as it is.
 */
import { lexiconTags } from '../../text/lexicon-tags.js';
import { tokenize, type Token } from '../../text/terms.js';
import { SEARCH_OPTIONS } from '../options.js';
import { usualNounFiles } from '../usual-noun-files.js';
import { isNumeral } from './number-label.js';

/** lexnames(5WN) file 23, noun.quantity: units of measure ("metre", "tonne", "fathom"). */
const NOUN_QUANTITY = 23;

/** Determiners after a partitive "of": "six of the piles", "two of its gates". */
const PARTITIVE_DETERMINERS = new Set('the its their his her our these those'.split(' '));

/** Tags of a noun phrase's premodifiers: adjectives, nouns, participles ("six steel piles"). */
const MODIFIER_TAGS = new Set(['JJ', 'JJR', 'JJS', 'NN', 'VBN', 'VBG']);

/**
 * How the word at `token` reads for a count before it: the counted noun (a plural noun that is
 * no unit of measure), a unit of measure, a premodifier, or something else.
 */
function readingOf(token: Token): 'thing' | 'unit' | 'modifier' | 'other' {
  // The lexicon's first tag is the word's usual reading ("piles" NNS before VBZ).
  const usual = lexiconTags(token.word)?.[0];
  const files = usualNounFiles(token.word);
  if (usual === undefined ? files.length > 0 : usual === 'NNS') {
    if (files.length === 0) return 'other';
    return files.includes(NOUN_QUANTITY) ? 'unit' : 'thing';
  }
  return usual !== undefined && MODIFIER_TAGS.has(usual) ? 'modifier' : 'other';
}

/**
 * True when the numeral at `i` in `tokens` (of `text`) counts things ({@link readingOf}): the
 * noun phrase after it runs on with nothing but spaces or hyphens between its words.
 */
function countsThings(text: string, tokens: readonly Token[], i: number): boolean {
  const joined = (j: number) => /^[\s-]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  let j = i + 1;
  // A partitive counts the things after "of": "six of the foundation piles".
  if (tokens[j]?.word === 'of' && PARTITIVE_DETERMINERS.has(tokens[j + 1]?.word ?? '')) j += 2;
  const last = j + SEARCH_OPTIONS.plan.countedThings.maxModifiers;
  for (; j <= last && j < tokens.length; j++) {
    if (!joined(j)) return false;
    const reading = readingOf(tokens[j]!);
    if (reading === 'thing') return true;
    if (reading !== 'modifier') return false;
  }
  return false;
}

/**
 * `text` with every numeral that counts things blanked (the module's rule), for a question
 * asking a measure in a dimension: what is left holds only numbers that may be one.
 *
 * @example withoutThingCounts('the six short piles can be remedied') // 'the     short piles can be remedied'
 * @example withoutThingCounts('stopped 2.8 metres short') // unchanged
 */
export function withoutThingCounts(text: string): string {
  const tokens = tokenize(text);
  let rest = text;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isNumeral(token.word) || !countsThings(text, tokens, i)) continue;
    // The whole figure: the tokenizer splits "2,300" at its comma.
    let start = token.start;
    while (start > 0 && /[\d,.]/.test(text[start - 1]!)) start--;
    rest = rest.slice(0, start) + ' '.repeat(token.end - start) + rest.slice(token.end);
  }
  return rest;
}
