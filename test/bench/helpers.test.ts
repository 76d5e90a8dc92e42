import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.js';
import { renderTable } from '../../bench/format.js';
import { measureSideBySide } from '../../bench/latency.js';
import { buildPlainIndex, searchPlain, stripLunrSyntax } from '../../bench/plain-lunr.js';
import { selectFraction } from '../../bench/sotu.js';

describe('parseBenchArgs', () => {
  it('defaults to the full growth curve, table on standard output', () => {
    expect(parseBenchArgs([])).toEqual({
      json: null,
      quick: false,
      fractions: [0.1, 0.25, 0.5, 1],
      skipBundled: false,
      skipScale: false,
      skipReload: false,
    });
  });

  it('runs only the smallest fraction when quick', () => {
    expect(parseBenchArgs(['--quick']).fractions).toEqual([0.1]);
  });

  it('sends JSON to standard output or to a file', () => {
    expect(parseBenchArgs(['--json']).json).toBe('-');
    expect(parseBenchArgs(['--json', 'out.json', '--quick']).json).toBe('out.json');
    expect(parseBenchArgs(['--json=out.json']).json).toBe('out.json');
    expect(parseBenchArgs(['--json', '--quick'])).toMatchObject({ json: '-', quick: true });
  });

  it('sorts and deduplicates fractions', () => {
    expect(parseBenchArgs(['--fractions', '1,0.5,0.5']).fractions).toEqual([0.5, 1]);
  });

  it('names the flag at fault', () => {
    expect(() => parseBenchArgs(['--fractions', '0,2'])).toThrow(
      'bench: --fractions wants numbers in (0, 1], got "0,2"',
    );
    expect(() => parseBenchArgs(['--fast'])).toThrow('bench: unknown flag "--fast"');
  });
});

describe('selectFraction', () => {
  const items = Array.from({ length: 233 }, (_, i) => i);

  it('spreads the subset evenly over the whole list', () => {
    const tenth = selectFraction(items, 0.1);
    expect(tenth).toHaveLength(23);
    expect(tenth[0]).toBe(0);
    expect(tenth.at(-1)).toBeGreaterThan(220);
  });

  it('takes everything at 1 and at least one item at any fraction', () => {
    expect(selectFraction(items, 1)).toEqual(items);
    expect(selectFraction(items, 0.001)).toEqual([0]);
  });
});

describe('plain lunr baseline', () => {
  it('never throws on lunr query syntax', () => {
    const index = buildPlainIndex(['Tariffs on imports rose.', 'The navy has ships.']);
    expect(stripLunrSyntax('who: Lincoln~2 +war -peace ^3 *')).toBe(
      'who  Lincoln 2  war  peace  3  ',
    );
    expect(() => searchPlain(index, 'tariffs: imports~9 ^2 +-')).not.toThrow();
    expect(searchPlain(index, 'what about tariffs')[0]?.ref).toBe('0');
  });
});

describe('renderTable', () => {
  it('aligns the first column left and the others right, with a rule under the heading', () => {
    expect(
      renderTable([
        ['name', 'ms'],
        ['ask', '1.5'],
        ['timeline', '12.0'],
      ]),
    ).toBe(['name        ms', '--------  ----', 'ask        1.5', 'timeline  12.0'].join('\n'));
  });
});

describe('measureSideBySide', () => {
  it('times every contender on every query in every round', () => {
    const calls: string[] = [];
    const figures = measureSideBySide(
      { a: (q: string) => calls.push(`a${q}`), b: (q: string) => calls.push(`b${q}`) },
      ['1', '2'],
      { warmupRounds: 1, rounds: 3 },
    );
    expect(figures.a.samples).toBe(6);
    expect(figures.b.samples).toBe(6);
    expect(calls).toHaveLength(16);
    expect(calls.slice(4, 6)).toEqual(['b1', 'a1']);
  });

  it('times repeated blocks after the warm-up and summarises each contender over them', () => {
    let calls = 0;
    const figures = measureSideBySide({ a: () => ++calls }, ['1', '2', '3'], {
      warmupRounds: 2,
      rounds: 4,
      repeats: 3,
    });
    expect(calls).toBe(3 * (2 + 4 * 3));
    expect(figures.a).toMatchObject({ samples: 36, repeats: 3 });
    expect(figures.a.p99Range[0]).toBeLessThanOrEqual(figures.a.p99);
    expect(figures.a.p99).toBeLessThanOrEqual(figures.a.p99Range[1]);
    // Less run-queue wait, a call never takes longer than its wall time.
    if (figures.a.onCpu) expect(figures.a.onCpu.max).toBeLessThanOrEqual(figures.a.max);
  });
});
