/**
 * Counted nouns in English ("1 event", "2 events"), one rule for every message, by
 * `Intl.PluralRules` (CLDR's English rules: only 1 is singular).
 */
const RULES = new Intl.PluralRules('en');

/** `noun` or `plural` as `n` asks: `pick(1, 'is', 'are')` is "is". */
export function pick(n: number, singular: string, plural: string): string {
  return RULES.select(n) === 'one' ? singular : plural;
}

/**
 * `n` and its noun: `counted(1, 'event')` is "1 event", `counted(3, 'passage')` "3 passages",
 * `counted(2, 'entry', 'entries')` "2 entries". The plural defaults to the noun with an "s".
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${pick(n, singular, plural)}`;
}
