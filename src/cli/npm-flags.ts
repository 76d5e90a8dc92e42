/**
 * Flags npm kept for itself. `npm run sources --json --corpus DIR` (no lone `--`) hands `--json`
 * and `--corpus` to npm, which sets `npm_config_json=true` and `npm_config_corpus=true` in the
 * script's environment and passes only `DIR` on; npm 11 then prints its own JSON error with an
 * empty summary when the command fails. The command sees a stray argument, so its usage error
 * says which of its flags npm took, and where they go.
 */

/** The long flags a usage line names ("[--json] [--corpus DIR]" → ["--json", "--corpus"]). */
function flagsOf(usage: string): string[] {
  return [...new Set(usage.match(/--[a-z][a-z-]*/gu) ?? [])];
}

/**
 * The flags of `usage` that npm took as its own configuration, read from `env`'s
 * `npm_config_<name>` (npm's documented naming: dashes become underscores), in the usage's order.
 *
 * @returns e.g. ["--json", "--corpus"]; empty when npm took none
 */
export function flagsNpmTook(
  usage: string,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  return flagsOf(usage).filter(
    (flag) => env[`npm_config_${flag.slice(2).replace(/-/gu, '_')}`] !== undefined,
  );
}

/**
 * One line telling that npm took `flags` and that a command's flags go after a lone `--`
 * ("npm took --json, --corpus itself: a command's flags go after a lone --, as in
 * npm run -s sources -- --json"); null when npm took none.
 */
export function npmTookFlagsHint(command: string, flags: readonly string[]): string | null {
  if (flags.length === 0) return null;
  return `npm took ${flags.join(', ')} itself: a command's flags go after a lone --, as in npm run -s ${command} -- ${flags[0]}`;
}
