/**
 * One sentence for an error of node:util's `parseArgs`, shared by every command-line tool
 * (src/cli, `npm run bench:serve`, `npm run fit`, `npm run eval`), so a bad flag reads the same
 * everywhere and never shows parseArgs's own advice, which speaks of positionals and quotes
 * unevenly.
 */

/**
 * Turns `error` (thrown by `parseArgs` on `argv`) into one line for a person: an unknown flag
 * is named (and, when the tool takes free text, named by `freeText` such as "a question", how
 * to pass text that starts with a dash); a value starting with a dash read as a flag is said
 * plainly (`--offset -1` is a negative number, which no flag takes; another dashed value is
 * shown with the `--flag=value` form that passes it); anything else is parseArgs's first line.
 */
export function argumentProblem(error: Error, argv: readonly string[], freeText?: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (unknown) {
    const flag = unknown[1]!;
    return freeText
      ? `unknown flag ${flag}; ${freeText} that starts with a dash goes after a lone --, e.g. -- "${flag}"`
      : `unknown flag ${flag}`;
  }
  const ambiguous = /^Option '(-[^']+)' argument is ambiguous/.exec(error.message);
  if (ambiguous) {
    const flag = ambiguous[1]!;
    const value = argv[argv.indexOf(flag) + 1] ?? '';
    const long = /use '(--[^=']+)=/.exec(error.message)?.[1] ?? flag;
    // No flag of these commands takes a negative number.
    if (/^-\d/.test(value)) return `${long} takes a number of 0 or more, not '${value}'`;
    return `${flag} needs a value, and '${value}' after it starts with a dash, so it reads as another flag; to give '${value}' as the value, write ${long}=${value}`;
  }
  return error.message.split('\n')[0] ?? 'bad arguments';
}
