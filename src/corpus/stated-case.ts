/**
 * An outlet's name the page sets in capitals only ("NORTHVALE HERALD" as a masthead, "(REUTERS)"
 * in a wire dateline), shown as the same page writes that name in mixed case elsewhere (a
 * footer's "Northvale Herald is part of …", "Reuters reported"), and in capitals when it writes
 * it in no other case: never a case the page does not write.
 */
import { isCapitalisedWords } from './credit-fields.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasLowerCase = (text: string) => /\p{Ll}/u.test(text);

/**
 * `name` as one of `texts` writes it in mixed case, as a name (each word capitalised; a leading
 * "The" may be left out: "Ledger Weekly" for "THE LEDGER WEEKLY"), else `name` unchanged. A
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
    const pattern = new RegExp(`\\b${escape(form.trim()).replace(/\s+/g, '\\s+')}\\b`, 'gi');
    for (const text of texts)
      for (const match of text.matchAll(pattern))
        if (hasLowerCase(match[0]) && isCapitalisedWords(match[0])) return match[0];
  }
  return name;
}
