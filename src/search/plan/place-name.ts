/**
 * A speaker's name that a question uses as the name of a place: "which countries sent envoys to
 * Washington", "who lived in Lincoln". A proper noun as the complement of a preposition of place
 * or direction ("in", "at", "to", "near", …) is a locative (Quirk et al. 1985, §9.15–9.21 on
 * prepositions of place; Huddleston & Pullum 2002, ch. 5, §20 on proper names used for
 * places): it says where the event asked about happened, not who said it. A name that names a
 * source stands in a speaker's role instead: as the subject of a verb of saying ("did
 * Washington ask"), a possessive ("Washington's message"), or after an attribution ("according
 * to Washington"). So a name after such a preposition names no source; its words stay the
 * question's content, which the passage telling the place holds. So does a name joined by a
 * hyphen or an en dash to a word that is no such name ("the Washington-Moscow hot line", "the
 * Dover–Calais ferry"): a compound premodifier whose dash stands for "to" or "between" (The
 * Chicago Manual of Style, 17th ed., §6.78–6.80), which tells what the thing connects, not who
 * speaks; a name joined to another such name is one double-barrelled name and keeps its role.
 */
import { lexiconTags } from '../../text/lexicon-tags.js';
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

/** What joins the two words of a dashed compound: a hyphen or an en dash, no space. */
const DASH = /^[-\u2013]$/u;

/**
 * True when `token` may be the second name a dashed compound links to ("Moscow" of
 * "Washington-Moscow"): a noun, proper or common, by the lexicon's most frequent tag, or a word
 * the lexicon does not know (most names). A participle or an adjective after the dash makes the
 * name its agent or its modifier instead ("the Dover-led government": led by Dover), which
 * names that source (Chicago Manual of Style, 17th ed., §6.80 on the en dash between names;
 * §7.89 on hyphenated compound modifiers).
 */
function mayBeLinkedName(token: Token): boolean {
  const first = lexiconTags(token.word)?.[0];
  return first === undefined || first.startsWith('NN');
}

/**
 * The tokens of `all` (a question's, in order, folded) that a name `isName` says is a source's
 * and that a hyphen or an en dash joins to a neighbouring word that is no such name but a noun
 * ({@link mayBeLinkedName}): the "Washington" of "the Washington-Moscow hot line" (see the module
 * comment). `text` is the question the tokens are of.
 *
 * @example
 * dashedNameTokens(text, tokenize('when was the washington-moscow hot line first used'), isLabel) // "washington"
 */
export function dashedNameTokens(
  text: string,
  all: readonly Token[],
  isName: (token: Token) => boolean,
): Set<Token> {
  const found = new Set<Token>();
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && DASH.test(text.slice(a.end, b.start));
  all.forEach((token, i) => {
    if (!isName(token)) return;
    const before = all[i - 1];
    const after = all[i + 1];
    const links = (other: Token) => !isName(other) && mayBeLinkedName(other);
    if ((joined(before, token) && links(before!)) || (joined(token, after) && links(after!)))
      found.add(token);
  });
  return found;
}
