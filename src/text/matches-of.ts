/**
 * The matches of a global regular expression in a text, as `String.prototype.matchAll` gives
 * them, found with the expression itself. `matchAll` searches with a copy (ECMA-262
 * §22.2.6.9, RegExp.prototype[@@matchAll]: `Construct(C, « R, flags »)`), and V8 gives the copy
 * its compiled code only from its regular-expression cache, which full garbage collections
 * empty: a module constant read by `matchAll` was compiled again after every few collections
 * (session 73: the date rules and the duration pattern, each some hundreds of KB of bytecode,
 * compiled again inside timed first-sight questions), where one read by `exec` keeps its code.
 */

/**
 * Each match of `pattern` (which must have the `g` flag) in `text`, in order: what
 * `text.matchAll(pattern)` yields, searching from `pattern.lastIndex` as it does (0 unless a
 * caller left it elsewhere). An empty match moves the search on by one character (a code point
 * under the `u` or `v` flag), as `matchAll` does. The search position is the generator's own:
 * `pattern.lastIndex` is set before each `exec` and put back before each match is yielded and
 * when the generator ends, so between two matches a caller sees `pattern` as `matchAll` leaves
 * it, and may use it.
 *
 * @throws TypeError when `pattern` lacks the `g` flag, as `matchAll` does.
 */
export function* matchesOf(text: string, pattern: RegExp): Generator<RegExpExecArray, void> {
  if (!pattern.global) throw new TypeError(`matchesOf: ${String(pattern)} has no g flag`);
  const saved = pattern.lastIndex;
  let at = saved;
  try {
    for (;;) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match === null) return;
      at = match[0] === '' ? advanced(text, pattern.lastIndex, pattern) : pattern.lastIndex;
      pattern.lastIndex = saved;
      yield match;
    }
  } finally {
    pattern.lastIndex = saved;
  }
}

/** ECMA-262 AdvanceStringIndex: the index after the character at `index` of `text`. */
function advanced(text: string, index: number, pattern: RegExp): number {
  const codePoints = pattern.flags.includes('u') || pattern.flags.includes('v');
  if (!codePoints || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  const pair = first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
  return index + (pair ? 2 : 1);
}
