import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  LINE_CHARS,
  layOutJson,
  parseLaidOutJson,
  readLaidOutJson,
} from '../../src/engine/json-lines-layout.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** An invented index-like document: large enough to be split, with small parts throughout. */
function document(): unknown {
  const word = (i: number) => `w${i.toString(36)}`;
  return {
    format: 'example/1',
    articles: Array.from({ length: 40 }, (_, i) => ({
      meta: { id: `a${i}`, title: `Héadline “${i}”`, author: null, missing: undefined },
      text: `${word(i)} `.repeat(3000),
    })),
    search: {
      vocabulary: Array.from({ length: 30_000 }, (_, i) => word(i)),
      synonyms: [['quay', ['wharf', 'pier']]],
      packed: { type: 'int32', base64: 'QUJD'.repeat(100_000) },
    },
    when: { toJSON: () => '2024-05-01' },
    empty: { list: [], object: {} },
  };
}

describe('JSON laid out a part per line', () => {
  it('is the same JSON document as JSON.stringify writes, read whole or a line at a time', async () => {
    const value = document();
    const text = layOutJson(value);
    const expected: unknown = JSON.parse(JSON.stringify(value));
    expect(JSON.parse(text)).toEqual(expected);
    expect(await parseLaidOutJson(bytes(text))).toEqual(expected);
    expect(text.split('\n').length).toBeGreaterThan(5);
  });

  it('keeps each line within the limit unless it is one value that cannot be split', () => {
    const lines = layOutJson(document()).split('\n');
    const long = lines.filter((line) => line.length > LINE_CHARS + 2);
    // Only the 400,000-character string stands alone on a line of its own.
    expect(long).toHaveLength(1);
    expect(long[0]).toMatch(/^,?"base64":"(QUJD)+"$/);
  });

  it('puts small items together on a line, up to the limit', async () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => i);
    const text = layOutJson(numbers);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.length).toBeLessThan(text.length / (LINE_CHARS / 2));
    expect(await parseLaidOutJson(bytes(text))).toEqual(numbers);
  });

  it('writes a small value as JSON.stringify does', () => {
    const value = { a: [1, 2, { b: 'c' }], d: undefined };
    expect(layOutJson(value)).toBe(JSON.stringify(value));
  });

  it.each([
    ['compact', (v: unknown) => JSON.stringify(v)],
    ['indented', (v: unknown) => JSON.stringify(v, null, 2)],
  ])('reads %s JSON as JSON.parse does', async (_, write) => {
    const value = { list: [1, [2, 3], { deep: ['x', { y: null }] }], flag: true, n: -1.5e3 };
    expect(await parseLaidOutJson(bytes(write(value)))).toEqual(value);
  });

  it.each(['[\n1,\n2\n]', '{"a":1\n,\n"b":2}', ' [ 1 , 2 ] ', '[\n1, 2,\n3\n]', '"text"', '{\n}'])(
    'reads valid JSON laid out otherwise: %j',
    async (text) => expect(await parseLaidOutJson(bytes(text))).toEqual(JSON.parse(text)),
  );

  it.each([
    '{"a":1\n,\n}',
    '[\n1\n2\n]',
    '{\n"a":1,\n}',
    '[\n1,\n,2\n]',
    '{"format": "coverage-bot',
    '[\n]\n[\n]',
    '{\n"a":[\n1\n}',
    '',
    'null,',
  ])('rejects what is not JSON: %j', async (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    await expect(parseLaidOutJson(bytes(text))).rejects.toThrow(SyntaxError);
  });

  it('reads "__proto__" as an own member, as JSON.parse does', async () => {
    const text = '{\n"__proto__":{"polluted":true}\n,"x":[\n1\n]\n}';
    const value = (await parseLaidOutJson(bytes(text))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'x']);
    expect(value).toEqual(JSON.parse(text));
  });

  it('lets the event loop turn while it reads, and never parses the whole text at once', async () => {
    const text = layOutJson(document());
    const parse = vi.spyOn(JSON, 'parse');
    let turns = 0;
    let parsed: number[] = [];
    const timer = setInterval(() => (turns += 1), 0);
    try {
      await parseLaidOutJson(bytes(text), { turnAfterMs: 0 });
      parsed = parse.mock.calls.map(([part]) => String(part).length);
    } finally {
      clearInterval(timer);
      parse.mockRestore();
    }
    expect(turns).toBeGreaterThan(3);
    expect(parsed.length).toBeGreaterThan(3);
    const longestLine = Math.max(...text.split('\n').map((line) => line.length));
    expect(Math.max(...parsed)).toBeLessThanOrEqual(longestLine + 2);
    expect(longestLine).toBeLessThan(text.length / 2);
  });
});

describe('a laid-out JSON file read a part at a time', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'json-lines-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function read(text: string): Promise<unknown> {
    const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, text);
    return readLaidOutJson(file);
  }

  it('reads what parseLaidOutJson reads, lines longer than a read (a 1.6 MB string) included', async () => {
    const value = {
      ...(document() as object),
      long: { type: 'int32', base64: 'QUJD'.repeat(400_000) },
      tail: 'Vöcabulary — “quoted” at the end',
    };
    const text = layOutJson(value);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeGreaterThan(1024 * 1024);
    expect(await read(text)).toEqual(JSON.parse(text));
    expect(await read(`${text}\n`)).toEqual(JSON.parse(text));
  });

  it.each(['[\n1,\n2\n]', '{"a":1\n,\n"b":2}', ' [ 1 , 2 ] ', '[\n"é",\n3\n]', '"text"'])(
    'reads valid JSON laid out otherwise: %j',
    async (text) => expect(await read(text)).toEqual(JSON.parse(text)),
  );

  it.each(['{"a":1\n,\n}', '[\n1\n2\n]', '{"format": "coverage-bot', ''])(
    'rejects what is not JSON: %j',
    async (text) => await expect(read(text)).rejects.toThrow(SyntaxError),
  );

  it('leaves the bytes it parses as they were', async () => {
    const text = layOutJson(document());
    const bytes = Buffer.from(text, 'utf8');
    await parseLaidOutJson(bytes);
    expect(bytes.toString('utf8')).toBe(text);
  });
});
