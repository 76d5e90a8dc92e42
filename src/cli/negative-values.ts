/**
 * A negative number after a flag that takes a value is that flag's value: `--offset -3` reads
 * as `--offset=-3`. node:util's parseArgs reads an argument starting with a dash as a flag
 * (and refuses it as "ambiguous"), so without this the two spellings were refused in different
 * words; with it the command's own rule for the value ("must be a whole number ≥ 0") speaks
 * for both. No flag of these tools is a digit, so `-3` can name no flag.
 */
import type { ParseArgsConfig } from 'node:util';

const NEGATIVE_NUMBER = /^-\d/;

/**
 * `argv` with each negative number that follows a value-taking flag joined to it as
 * `--long=-3` (a short flag is written by its long name, which parseArgs reads the same).
 * Arguments after a lone `--` are free text and left as they are.
 *
 * @example
 * negativeValuesJoined(['--offset', '-3', 'x'], { offset: { type: 'string' } }) // ['--offset=-3', 'x']
 */
export function negativeValuesJoined(
  argv: readonly string[],
  options: ParseArgsConfig['options'],
): string[] {
  const takesValue = new Map<string, string>();
  for (const [long, option] of Object.entries(options ?? {})) {
    if (option.type !== 'string') continue;
    takesValue.set(`--${long}`, long);
    if (option.short !== undefined) takesValue.set(`-${option.short}`, long);
  }
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...joined, ...argv.slice(i)];
    const long = takesValue.get(arg);
    const next = argv[i + 1];
    if (long !== undefined && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`--${long}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}
