/**
 * How a question writes the words of an outlet's or author's name. A name is not inflected: a
 * question names the "Tarn Observer" by "Observer" ("what did the observer say", "the Observer's
 * report", "according to the tarn observer"), never by another form of the word that shares its
 * stem, which is an everyday word used as content: the plural noun ("when will the observers
 * publish"), a verb ("who is monitoring the river" beside the "Kell Monitor"). Index terms are
 * stems, so the form written is read from the question's folded words (case and possessive "'s"
 * folded away on both sides, as `tokenize` folds them).
 */
import { isStopWord, stem, tokenize, type Token } from '../../text/terms.js';

/**
 * Per index term of the `names` (outlets' and authors' names as stated), the folded words the
 * names write it as: "Tarn Observer" → observ → {observer}. Null names are skipped.
 *
 * @example
 * nameWordForms(['Tarn Observer']).get('observ') // Set {'observer'}
 */
export function nameWordForms(
  names: Iterable<string | null>,
): ReadonlyMap<string, ReadonlySet<string>> {
  const forms = new Map<string, Set<string>>();
  for (const name of names) {
    if (name === null) continue;
    for (const token of tokenize(name)) {
      if (isStopWord(token)) continue;
      const term = stem(token.word);
      const written = forms.get(term) ?? new Set<string>();
      written.add(token.word);
      forms.set(term, written);
    }
  }
  return forms;
}

/**
 * The index terms of a name's words that the question (`tokens`, its content words) writes only
 * in forms no name writes ("observers" for the name's "Observer"): such a term names no outlet
 * or author. A term the question also writes as the name does ("the observer on the observers")
 * is not among them.
 *
 * @example
 * // forms: observ → {observer}
 * otherFormsOfNameWords(tokenize('when will the observers publish'), forms) // Set {'observ'}
 */
export function otherFormsOfNameWords(
  tokens: readonly Token[],
  forms: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const other = new Set<string>();
  const asName = new Set<string>();
  for (const token of tokens) {
    const term = stem(token.word);
    const written = forms.get(term);
    if (written === undefined) continue;
    (written.has(token.word) ? asName : other).add(term);
  }
  for (const term of asName) other.delete(term);
  return other;
}
