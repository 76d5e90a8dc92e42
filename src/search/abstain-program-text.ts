/**
 * A hard gate of abstention (abstain.ts): text written in the syntax of a program ("' OR 1=1;
 * DROP TABLE articles; --", "<script>alert(1)</script>") is no question about the coverage.
 * A question is a clause of natural language (Huddleston & Pullum 2002, The Cambridge Grammar
 * of the English Language, ch. 10, clause type), and its words are read as such: "table" in
 * "DROP TABLE" is an SQL keyword, not WordNet's verb "table" (postpone), so passages sharing its
 * words ("the vote was put back") answer nothing.
 *
 * Read as program text: a markup tag, an element's start or end ("<script>", "</b>": WHATWG
 * HTML Living Standard §13.1.2), or marks of two different kinds of a language's syntax, where
 * one alone is punctuation prose also uses ("who voted for; who against", "the levy -- how much",
 * "1 = 1"):
 * - an operator of comparison or assignment, "=", "==", "<>", "!=", or a logical "||", "&&"
 *   (ISO/IEC 9075-2, SQL Foundation, §8.2 comparison predicate; ECMA-262 §13);
 * - a statement terminator ";" (ISO/IEC 9075-2 §5.4; ECMA-262 §12.10);
 * - a comment delimiter, "--" ending the text (a dash within prose is followed by words), "/*",
 *   "*\/" (ISO/IEC 9075-2 §5.2 simple and bracketed comments);
 * - a brace or a backquote ("{{7*7}}", "`rm -rf`"), which English prose does not use.
 */
import type { AbstentionInput } from './abstain-features.js';

/** A start or end tag: "<" then a letter or "/" and a letter (WHATWG HTML §13.1.2). */
const MARKUP_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/iu;

/** Marks of a program's syntax, one pattern a kind; a kind counts once however often it occurs. */
const SYNTAX_KINDS: readonly RegExp[] = [
  /[=!<>]=|<>|\|\||&&|(?<![<>!=])=(?!=)/u,
  /;/u,
  /--\s*$|\/\*|\*\//u,
  /[{}`]/u,
];

/**
 * True when `text` is written in a program's syntax (see the file header): it holds a markup
 * tag, or marks of at least two kinds of a language's syntax.
 *
 * @example
 * isProgramText("' OR 1=1; DROP TABLE articles; --") // true
 * isProgramText('who voted for the levy; who voted against?') // false
 */
export function isProgramText(text: string): boolean {
  if (MARKUP_TAG.test(text)) return true;
  let kinds = 0;
  for (const kind of SYNTAX_KINDS) if (kind.test(text)) kinds += 1;
  return kinds >= 2;
}

/**
 * False when the question is program text ({@link isProgramText}): no passage answers it,
 * whatever words it shares. Undefined otherwise (the question is not of this kind).
 */
export function programTextHeld(input: AbstentionInput): boolean | undefined {
  return isProgramText(input.plan.question) ? false : undefined;
}
