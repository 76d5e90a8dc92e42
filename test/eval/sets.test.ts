import { describe, expect, it } from 'vitest';
import { partOf, readSet, SETS, type SetSpec } from './sets.js';
import { splitOf } from './split.js';

describe('partOf', () => {
  const spec: SetSpec = { name: 'x', file: 'x.json', corpus: 'news', label: 'x', blind: false };
  // Questions the fixed split puts in each part, found rather than assumed.
  const texts = Array.from({ length: 40 }, (_, i) => `question ${i}?`);
  const inTest = texts.filter((t) => splitOf(t) === 'test');

  it('follows the fixed split for an ordinary set', () => {
    expect(inTest.length).toBeGreaterThan(0);
    for (const t of texts) expect(partOf(spec, t)).toBe(splitOf(t));
  });

  it('puts every question of a development-only set in the development part', () => {
    for (const t of inTest) expect(partOf({ ...spec, developmentOnly: true }, t)).toBe('dev');
  });

  it('keeps the invented cliff-railway set out of every test part and every blind pool', () => {
    const set = SETS.find((s) => s.name === 'cliff-railway')!;
    expect(set.developmentOnly).toBe(true);
    expect(set.blind).toBe(false);
    const questions = readSet(set)!;
    expect(questions.length).toBeGreaterThan(30);
    expect(questions.every((q) => partOf(set, q.question) === 'dev')).toBe(true);
  });
});
