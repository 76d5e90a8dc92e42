/**
 * Names as the coverage writes them: runs of capitalised words ("Bank of England", "Ann
 * Brindle"). Read by outlet-word-use.ts (a word of an outlet's name used for something else)
 * and other-place.ts (the places a passage names).
 */
import { isStopWord, tokenize, type Token } from '../../text/terms.js';

/** True when a word as written starts with a capital letter: how a name is written. */
const capitalised = (text: string, token: Token) => /^\p{Lu}/u.test(text.slice(token.start));

/**
 * The runs of capitalised words of `text` (a body sentence), each as its tokens, its stop words
 * inside kept ("Bank of England"): a name as written. The sentence's first word is capitalised
 * as a sentence's start, so it begins a run only when `keepFirst` says it is a name itself.
 */
export function capitalisedRuns(text: string, keepFirst: (token: Token) => boolean): Token[][] {
  const tokens = tokenize(text);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A trailing stop word ("Brindle and") is no part of the name.
    while (run.length > 0 && isStopWord(run[run.length - 1]!)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    // Only spaces between two words of one name: a comma or a full stop ends it.
    const joined = previous !== undefined && /^\s+$/u.test(text.slice(previous.end, token.start));
    if (!joined) close();
    if (i === 0 && !keepFirst(token)) return;
    if (capitalised(text, token)) run.push(token);
    // "of" joins the words of one name ("Mayor of Brindle"); "and" joins two names.
    else if (run.length > 0 && token.word === 'of') run.push(token);
    else close();
  });
  close();
  return runs;
}
