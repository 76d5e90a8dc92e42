/**
 * An outlet's name the page sets in capitals only ("NORTHVALE HERALD" as a masthead, "(REUTERS)"
 * in a wire dateline), shown as the same page writes that name in mixed case elsewhere (a
 * footer's "Northvale Herald is part of …", "Reuters reported"), and in capitals when it writes
 * it in no other case: never a case the page does not write.
 */
import { outletKey } from './copyright.js';
import { isCapitalisedWords } from './credit-fields.js';
import { escapeRegExp } from '../text/escape.js';
import { matchesOf } from '../text/matches-of.js';

const hasLowerCase = (text: string) => /\p{Ll}/u.test(text);

/**
 * `name` as one of `texts` writes it in mixed case, as a name (each word capitalised; a leading
 * "The" may be left out there and is kept from `name`: "The Ledger Weekly" for "THE LEDGER
 * WEEKLY" beside "Ledger Weekly", {@link withStatedThe}), else `name` unchanged. A
 * name with a lower-case letter is returned as it is; "the northvale herald" is no spelling of
 * a name. Cost: one search of each text until a spelling is found.
 *
 * @example
 * inStatedCase('NORTHVALE HERALD', ['Northvale Herald is part of Tarnside Media Group.']) // 'Northvale Herald'
 */
export function inStatedCase(name: string, texts: readonly string[]): string {
  if (hasLowerCase(name)) return name;
  const forms = [name, name.replace(/^the\s+/i, '')];
  for (const form of forms) {
    const pattern = new RegExp(`\\b${escapeRegExp(form.trim()).replace(/\s+/g, '\\s+')}\\b`, 'gi');
    for (const text of texts)
      for (const match of matchesOf(text, pattern))
        if (hasLowerCase(match[0]) && isCapitalisedWords(match[0]))
          return withStatedThe(name, match[0]);
  }
  return name;
}

/** A leading "The", in any case: "The Harbour Times", "THE HARBOUR TIMES". */
const LEADING_THE = /^the\s+/i;

/**
 * `spelled`, another statement's spelling of the name `stated`, with the leading "The" that
 * `stated` writes and `spelled` leaves out. Running prose writes a periodical's "The" in lower
 * case or leaves it out ("told the Harbour Times", "© Harbour Times": the Chicago Manual of
 * Style's rule for newspapers' names in text), while a nameplate or a dateline states the whole
 * name ("THE HARBOUR TIMES"): what the page states is kept, not trimmed.
 *
 * @example
 * withStatedThe('THE HARBOUR TIMES', 'Harbour Times') // 'The Harbour Times'
 * withStatedThe('HARBOUR TIMES', 'Harbour Times') // 'Harbour Times'
 */
export function withStatedThe(stated: string, spelled: string): string {
  return LEADING_THE.test(stated.trim()) && !LEADING_THE.test(spelled) ? `The ${spelled}` : spelled;
}

/**
 * `name`, an outlet's name an article sets in capitals only ("THE POULTRY LEDGER" as a masthead),
 * as another statement of the corpus spells the same name in mixed case (`spellings`: the
 * outlets `articles.json` and the other articles state; "The Poultry Ledger" in a Markdown
 * file's front matter), else `name` unchanged. An outlet's identity is its name whatever its
 * case (copyright.ts outletKey: case, a leading "The" and a legal form aside), and capitals
 * state none of the name's case, so the corpus lists one outlet under the one spelling stated,
 * never two. The first spelling that is a name's (each word capitalised) is taken; its "The" as
 * `name` states it ({@link withStatedThe}).
 *
 * @example
 * inCorpusCase('THE POULTRY LEDGER', ['The Poultry Ledger']) // 'The Poultry Ledger'
 * inCorpusCase('POULTRY LEDGER', ['Poultry Ledger Weekly']) // 'POULTRY LEDGER'
 */
export function inCorpusCase(name: string, spellings: Iterable<string>): string {
  if (hasLowerCase(name)) return name;
  const key = outletKey(name);
  for (const spelling of spellings)
    if (hasLowerCase(spelling) && isCapitalisedWords(spelling) && outletKey(spelling) === key)
      return withStatedThe(name, spelling.trim());
  return name;
}
