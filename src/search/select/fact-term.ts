/**
 * A word as the fact checks compare terms: the stem of the word in lower case (text/terms.ts
 * `stem`) cut to `SEARCH_OPTIONS.facts.namePrefix` letters, so that forms the stemmer leaves
 * apart name one thing ("Belarus" / "Belarusian").
 *
 * @example factTerm('Belarusian') // 'belaru'
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';

export function factTerm(word: string): string {
  return stem(word.toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix);
}
