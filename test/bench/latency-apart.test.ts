import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answeringProcessArgs,
  measureApart,
  measureFirstSight,
} from '../../bench/latency-apart.js';
import { latencyOfPasses } from '../../bench/latency.js';
import { buildPlainIndex } from '../../bench/plain-lunr.js';
import { NODE_FLAGS } from '../../bench/probes/spawn.js';
import { ANSWERING_HEAP_FLAGS } from '../../src/framework/young-generation.js';

function savedPlainIndex(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'apart-')), 'plain.json');
  const index = buildPlainIndex(['The council met on Monday.', 'Protests spread to Minsk.']);
  writeFileSync(file, JSON.stringify(index));
  return file;
}

describe('measureApart', () => {
  it('times each contender in a process of its own, every question of every timed pass', async () => {
    const indexFile = savedPlainIndex();
    const figures = await measureApart(
      {
        first: { task: 'search-plain', indexFile },
        second: { task: 'search-plain', indexFile },
      },
      ['council', 'protests in minsk', 'nothing'],
      { warmupRounds: 1, rounds: 2, repeats: 2 },
    );
    for (const latency of [figures.first, figures.second]) {
      expect(latency).toMatchObject({ samples: 3 * 2 * 2, repeats: 2 });
      expect(latency.p50).toBeGreaterThan(0);
      if (latency.onCpu) expect(latency.onCpu.max).toBeLessThanOrEqual(latency.max);
    }
  }, 60_000);

  it("fails with the child's own message when it cannot load its index", async () => {
    const missing = path.join(tmpdir(), 'no-such-index-anywhere.json');
    await expect(
      measureApart({ plain: { task: 'search-plain', indexFile: missing } }, ['x'], {
        warmupRounds: 0,
        rounds: 1,
      }),
    ).rejects.toThrow(/plain's process .*failed[\s\S]*ENOENT/);
  }, 60_000);
});

describe('answeringProcessArgs', () => {
  it("starts each contender with the launcher's V8 settings, as production runs, and the bot's young generation", () => {
    for (const contender of [
      { task: 'ask-engine', corpusDir: 'corpus-dir' },
      { task: 'search-plain', indexFile: 'plain.json' },
    ] as const) {
      const args = answeringProcessArgs(contender);
      // Before the script: node reads its own options only there.
      const script = args.findIndex((arg) => arg.endsWith('passes.ts'));
      expect(args.slice(0, script)).toEqual(expect.arrayContaining([...NODE_FLAGS]));
      expect(args.slice(0, script)).toEqual(expect.arrayContaining([...ANSWERING_HEAP_FLAGS]));
      expect(args.slice(script + 1)).toEqual([
        contender.task,
        'corpusDir' in contender ? contender.corpusDir : contender.indexFile,
      ]);
    }
  });
});

describe('measureFirstSight', () => {
  it('times each question once, after the warm-up questions, which are not timed', async () => {
    const indexFile = savedPlainIndex();
    const figures = await measureFirstSight(
      { plain: { task: 'search-plain', indexFile } },
      ['council', 'minsk', 'monday', 'protests'],
      ['protests in minsk', 'nothing'],
    );
    expect(figures.plain).toMatchObject({ samples: 2, repeats: 1 });
    expect(figures.plain.max).toBeGreaterThan(0);
  }, 60_000);

  it('refuses an empty question list before starting any process', async () => {
    await expect(
      measureFirstSight({ plain: { task: 'search-plain', indexFile: 'unused' } }, ['x'], []),
    ).rejects.toThrow(RangeError);
  });
});

describe('latencyOfPasses', () => {
  it('keeps time on CPU only when every pass kept it', () => {
    const kept = { wallMs: [2, 4], onCpuMs: [1, 4], preempted: 1 };
    const without = { wallMs: [3, 5], onCpuMs: null, preempted: 0 };
    expect(latencyOfPasses([[kept], [kept]])).toMatchObject({
      samples: 4,
      p50: 2,
      onCpu: { samples: 4, max: 4 },
      preemptedShare: 0.5,
    });
    expect(latencyOfPasses([[kept], [without]])).toMatchObject({
      samples: 4,
      onCpu: null,
      preemptedShare: null,
    });
  });
});
