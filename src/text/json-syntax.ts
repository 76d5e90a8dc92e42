/**
 * Where JSON text stops being JSON, as a person finds it in an editor: a line and a column,
 * where `JSON.parse` gives a character offset, or (for an unexpected character) only a few
 * characters around it. Read from the message of V8's `SyntaxError` (src/json/json-parser.cc):
 * "… in JSON at position N", "Unexpected end of JSON input", and "Unexpected token 'X', …"
 * with the source around X, cut at {@link CONTEXT} characters either side of it.
 */

/** The characters V8 shows on either side of an unexpected one (`kMaxContextCharacters`). */
const CONTEXT = 10;

/** A place in a text: both counted from 1, columns in characters. */
export interface TextPlace {
  line: number;
  column: number;
}

/** `Unexpected token 'X', "…" is not valid JSON`, with "..." where the source was cut. */
const UNEXPECTED_TOKEN =
  /^Unexpected token '([^]+?)', (\.\.\.)?"([^]*)"(\.\.\.)? is not valid JSON$/u;

/**
 * The offset in `text` that V8's JSON.parse `message` blames, or null when the message does not
 * tell it (an unexpected character that occurs more than once in a short text).
 */
export function jsonErrorOffset(text: string, message: string): number | null {
  const position = / at position (\d+)/u.exec(message);
  if (position) return Number(position[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.length;
  const token = UNEXPECTED_TOKEN.exec(message);
  if (!token) return null;
  const [, character, cutBefore, shown, cutAfter] = token as unknown as [
    string,
    string,
    string | undefined,
    string,
    string | undefined,
  ];
  // The whole text shown: where the character stands, when it stands once.
  if (!cutBefore && !cutAfter) {
    const at = text.indexOf(character);
    return at >= 0 && text.indexOf(character, at + 1) < 0 ? at : null;
  }
  // Shown from the start, or to the end: the character is CONTEXT characters from the cut.
  if (!cutBefore) return shown.length - CONTEXT;
  if (!cutAfter) return text.length - shown.length + CONTEXT;
  const at = text.indexOf(shown);
  return at >= 0 && text.indexOf(shown, at + 1) < 0 ? at + CONTEXT : null;
}

/** The line and column of `offset` in `text` (a CRLF ends a line as an LF does). */
export function placeOf(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: Array.from(before.slice(lineStart)).length + 1,
  };
}

/**
 * What is wrong with JSON `text` that JSON.parse threw `error` for, for a person: V8's reason
 * without its offset or excerpt, and where, as line and column ("Unexpected token ']' at line
 * 4, column 3"); V8's message as it is when it tells no place.
 *
 * @example jsonSyntaxProblem('{\n  "a": 1,\n}', error) // "Expected double-quoted property name at line 3, column 1"
 */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text, message);
  if (offset === null) return message;
  const { line, column } = placeOf(text, offset);
  const reason = message
    .replace(UNEXPECTED_TOKEN, "Unexpected token '$1'")
    .replace(/ in JSON at position \d+.*$/u, '')
    .replace(/^Unexpected end of JSON input$/u, 'Unexpected end of the text');
  return `${reason} at line ${line}, column ${column}`;
}
