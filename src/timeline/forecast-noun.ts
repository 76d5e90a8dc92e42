/**
 * "Forecast" as a noun: "had checked a general forecast on Saturday morning", "the latest
 * forecasts for the weekend". A determiner opens a noun phrase (Quirk et al. 1985, 5.10–5.14 on
 * determiners: they come before the noun and its premodifiers, never before a finite verb), so a
 * "forecast" after one, with only adjectives between, is the head noun, not the verb "is
 * forecast" whose time lies ahead (tense-markers.ts): it marks no tense, and the date is the
 * clause's verb's ("had checked"). Read only when the word after it cannot be the noun the
 * participle premodifies ("the forecast rise in March" keeps its forecasting): a preposition,
 * a punctuation mark or the end of the words.
 */
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { isAdjective } from './adjectives.js';
import { PREPOSITION } from './preposition.js';

/** The noun "forecast", singular and plural (also the verb's forms). */
const FORECAST = /^forecasts?$/iu;

/** A determiner: article, demonstrative or possessive. */
const DETERMINER = wordIn(DETERMINERS);

/** Adjectives that may stand between the determiner and the noun ("a general forecast"). */
const MAX_ADJECTIVES = 2;

/**
 * True when the word at `i` of `words` is the noun "forecast(s)": after a determiner with at
 * most {@link MAX_ADJECTIVES} adjectives between (adjectives.ts: the lexicon's most frequent
 * reading), and before a preposition, a non-word or nothing.
 */
export function forecastNounAt(words: readonly string[], i: number): boolean {
  if (!FORECAST.test(words[i] ?? '')) return false;
  const next = words[i + 1];
  if (next !== undefined && /\p{L}/u.test(next) && !PREPOSITION.test(next)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_ADJECTIVES); j--) {
    const word = words[j] ?? '';
    if (DETERMINER.test(word)) return true;
    if (!isAdjective(word)) return false;
  }
  return false;
}
