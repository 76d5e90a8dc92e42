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
 * plainly, with the `--flag=value` form that passes it (a negative number never gets here when
 * the tool joins it first, see negative-values.ts); a flag with no value, a value given to a
 * flag that takes none (`--json=yes`), and text where the command takes none are each said in
 * the flag's own long name, as {@link optionProblem} writes a flag's problem; anything else is
 * parseArgs's first line.
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
    return optionProblem(
      flag,
      `needs a value, and '${value}' after it starts with a dash, so it reads as another flag; to give '${value}' as the value, write ${long}=${value}`,
    );
  }
  // parseArgs names a flag as "-r, --results <value>"; the long name is the one the usage shows.
  const named =
    /^Option '(?:-\w, )?(--[^ ']+)(?: <value>)?' (argument missing|does not take an argument)/.exec(
      error.message,
    );
  if (named) {
    const flag = named[1]!;
    return optionProblem(
      flag,
      named[2] === 'argument missing' ? 'needs a value' : `takes no value; write ${flag} alone`,
    );
  }
  const positional = /^Unexpected argument '([^']*)'/.exec(error.message);
  if (positional) return `unexpected argument '${positional[1]}': this command takes only flags`;
  return error.message.split('\n')[0] ?? 'bad arguments';
}

/**
 * A problem with the option `flag` (its long name, "--limit"), in the one form every
 * command-line tool writes one: the flag, a colon, then what is wrong ("--limit: '0' must be a
 * whole number from 1 to 50", "--keyword: needs a value"), so a person finds the flag at the
 * start of the line whatever the problem.
 */
export function optionProblem(flag: string, problem: string): string {
  return `${flag}: ${problem}`;
}
