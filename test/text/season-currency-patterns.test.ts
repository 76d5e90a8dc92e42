import { describe, expect, it } from 'vitest';
import { SEASON_RE, SEASON_RE_ANY_INITIAL, SEASONS } from '../../src/text/months.js';
import { CURRENCY_SIGN, CURRENCY_SIGNS, NAMED_CURRENCIES } from '../../src/text/notation-words.js';

describe('the one season and currency-sign patterns', () => {
  it('matches every season name, lower case, or capitalised where asked', () => {
    const season = new RegExp(`^${SEASON_RE}$`);
    const anyInitial = new RegExp(`^${SEASON_RE_ANY_INITIAL}$`);
    for (const name of SEASONS.keys()) {
      expect(season.test(name)).toBe(true);
      expect(anyInitial.test(name)).toBe(true);
      expect(anyInitial.test(name[0]!.toUpperCase() + name.slice(1))).toBe(true);
      expect(anyInitial.test(name.toUpperCase())).toBe(false);
    }
    expect(season.test('fallen')).toBe(false);
  });

  it('holds every sign a named currency is read with', () => {
    const sign = new RegExp(`^${CURRENCY_SIGN}$`, 'u');
    for (const { sign: named } of NAMED_CURRENCIES) {
      if (named !== null) expect(sign.test(named)).toBe(true);
    }
    expect([...CURRENCY_SIGNS].every((c) => sign.test(c))).toBe(true);
    expect(sign.test('#')).toBe(false);
  });
});
