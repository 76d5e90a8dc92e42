/**
 * A speaker's name that a question uses as the name of a place: "which countries sent envoys to
 * Washington", "who lived in Lincoln". A proper noun as the complement of a preposition of place
 * or direction ("in", "at", "to", "near", …) is a locative (Quirk et al. 1985, §9.15–9.21 on
 * prepositions of place; Huddleston & Pullum 2002, ch. 5, §20 on proper names used for
 * places): it says where the event asked about happened, not who said it. A name that names a
 * source stands in a speaker's role instead: as the subject of a verb of saying ("did
 * Washington ask"), a possessive ("Washington's message"), or after an attribution ("according
 * to Washington"). So a name after such a preposition names no source; its words stay the
 * question's content, which the passage telling the place holds.
 */
import { isPossessive } from '../../text/possessive.js';
import type { Token } from '../../text/terms.js';
import { isSourceNoun } from './source-match.js';

/** Prepositions of place and direction (folded); not "from", the preposition of source. */
const LOCATIVE: ReadonlySet<string> = new Set(
  'in at to into onto near toward towards around across outside inside within'.split(' '),
);

/**
 * The tokens of `all` (a question's tokens, in order, stop words among them, folded) that a
 * name `isName` says is a source's (a speaker's label) and that stand as a place: a run of them
 * right after a preposition of place or direction ({@link LOCATIVE}), not after "according
 * to", not possessive, and not before a word for a source ("in the Washington address" keeps
 * its name). `text` is the question the tokens are of.
 *
 * @example
 * locativeNameTokens(text, tokenize('which envoys came to washington in 1880'), isLabel) // "washington"
 */
export function locativeNameTokens(
  text: string,
  all: readonly Token[],
  isName: (token: Token) => boolean,
): Set<Token> {
  const found = new Set<Token>();
  all.forEach((token, i) => {
    if (!LOCATIVE.has(token.word)) return;
    if (token.word === 'to' && all[i - 1]?.word === 'according') return;
    const run: Token[] = [];
    for (let k = i + 1; k < all.length && isName(all[k]!); k++) run.push(all[k]!);
    const next = all[i + 1 + run.length];
    if (run.length === 0 || run.some((name) => isPossessive(text, name))) return;
    if (next !== undefined && isSourceNoun(next.word)) return;
    for (const name of run) found.add(name);
  });
  return found;
}
