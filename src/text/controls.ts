/**
 * Terminal control codes: the characters and escape sequences a terminal acts on instead of
 * showing (clear the screen, move the cursor, ring the bell, retitle the window). None is a
 * word of an article or a question, and any that reached a reply or a terminal could rewrite
 * what a reader sees, so they are removed wherever text enters the program.
 */
/**
 * Escape sequences as ECMA-48 (5th edition, §5.3–5.4 and §8.3) defines them in a 7-bit code,
 * each removed whole so its parameters do not show as text:
 * - control strings (OSC window titles and hyperlinks, DCS, SOS, PM, APC): ESC ] P X ^ _ up to
 *   BEL or the string terminator (ESC \ or U+009C);
 * - control sequences (CSI): ESC [, parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one
 *   final byte 0x40–0x7E ("\x1b[2J" clears the screen);
 * - other escape sequences: ESC, intermediate bytes, one final byte 0x30–0x7E.
 * Only ESC opens a sequence: text here is Unicode (decoded UTF-8 or another character set), and
 * in a 7-bit or UTF-8 stream a C1 control (U+0080–U+009F, CSI U+009B among them) is a character
 * of its own, no escape introducer; only a stream read as 8-bit codes makes it one (ECMA-48 §5.3,
 * ECMA-35 §9). So a lone C1 control is removed alone ({@link CONTROLS}), never with the letters
 * after it ("the \x9bcollapse" keeps "collapse").
 * Node's `util.stripVTControlCharacters` is not used: its pattern also takes the word after a
 * complete sequence when a BEL follows it ("\x1b[2Jword\x07" loses "word"), and it reads U+009B
 * as CSI.
 */
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001B[\]PX^_][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)|\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001B[\u0020-\u002F]*[\u0030-\u007E]/g;

/**
 * Control characters left after escape sequences are removed: C0 (U+0000–U+001F) except tab,
 * line feed, vertical tab, form feed and carriage return (white space, turned into spaces and
 * line breaks by cleaning), DEL (U+007F) and C1 (U+0080–U+009F) except NEL (U+0085, a line
 * break). Unicode category Cc, less its white space.
 */
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/** Line breaks and other white-space controls, which one line of input shows as a space. */
const LINE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Removes terminal control codes: whole escape sequences first ({@link ESCAPE_SEQUENCES}),
 * then any control character left ({@link CONTROLS}: a lone ESC, an unterminated string's
 * opener, BEL, NUL, …). Tabs and line breaks are kept.
 *
 * @example
 * withoutControls('Harbour\x1b[2J fees\x07') // 'Harbour fees'
 */
export function withoutControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * One line of typed input made safe to echo: control codes removed, and tabs and line breaks
 * (which could move the cursor over what was printed before) turned into spaces.
 */
export function oneSafeLine(text: string): string {
  return withoutControls(text).replace(LINE_CONTROLS, ' ');
}
