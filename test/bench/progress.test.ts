import { describe, expect, it } from 'vitest';
import {
  createBuildProgress,
  createProgress,
  formatDuration,
  type ProgressStream,
} from '../../src/cli/progress.js';

const CLEAR_TO_LINE_END = '\x1b[K';

/** A stream that records what is written, with a clock the test moves by hand. */
function fakeTerminal(isTTY: boolean, columns = 100) {
  const chunks: string[] = [];
  const stream: ProgressStream = { isTTY, columns, write: (chunk: string) => chunks.push(chunk) };
  let time = 0;
  return {
    stream,
    chunks,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    /** The plain lines written so far. */
    lines: () => chunks.join('').split('\n').filter(Boolean),
  };
}

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours from an hour on', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});

describe('createProgress on a terminal', () => {
  it('draws one line in place with counts, percent, elapsed and time left', () => {
    const term = fakeTerminal(true);
    const progress = createProgress({
      total: 400,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    term.advance(10_000);
    progress.tick(100);
    const last = term.chunks.at(-1) ?? '';
    expect(last.startsWith('\r')).toBe(true);
    expect(last).not.toContain('\n');
    expect(last.endsWith(CLEAR_TO_LINE_END)).toBe(true);
    expect(last.slice(1, -CLEAR_TO_LINE_END.length)).toMatch(
      /^indexing \[#+-+\] 100\/400 {2}25% 0:10 elapsed, 0:30 left$/,
    );
  });

  it('redraws at most ten times a second', () => {
    const term = fakeTerminal(true);
    const progress = createProgress({
      total: 1000,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    const drawsAtStart = term.chunks.length;
    for (let i = 0; i < 500; i++) {
      term.advance(1);
      progress.tick();
    }
    expect(term.chunks.length - drawsAtStart).toBe(5);
  });

  it('always draws the last unit and ends the line on done', () => {
    const term = fakeTerminal(true);
    const progress = createProgress({
      total: 300,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    progress.tick(299);
    progress.tick();
    expect(term.chunks.at(-1)).toContain('300/300 100%');
    progress.done();
    expect(term.chunks.join('').endsWith('\n')).toBe(true);
    const written = term.chunks.length;
    progress.tick();
    progress.done();
    expect(term.chunks.length).toBe(written);
  });

  it('keeps the bar within a narrow terminal', () => {
    const term = fakeTerminal(true, 40);
    const progress = createProgress({ total: 500, label: 'x', stream: term.stream, now: term.now });
    progress.tick(250);
    progress.done();
    const bar = /\[([#-]+)\]/.exec(term.chunks.at(-2) ?? '')?.[1] ?? '';
    expect(bar.length).toBe(10);
  });
});

describe('createProgress when not on a terminal', () => {
  it('writes a plain line at every tenth of the work', () => {
    const term = fakeTerminal(false);
    const progress = createProgress({
      total: 1000,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    for (let i = 0; i < 1000; i++) {
      term.advance(2);
      progress.tick();
    }
    progress.done();
    const lines = term.lines();
    expect(lines[0]).toBe('indexing: 0/1000 (0%), 0:00 elapsed');
    expect(lines[1]).toBe('indexing: 100/1000 (10%), 0:00 elapsed, about 0:02 left');
    expect(lines.at(-1)).toBe('indexing: 1000/1000 done in 0:02');
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(term.chunks.join('')).not.toContain('\r');
  });

  it('also writes a line every few seconds when a tenth takes longer', () => {
    const term = fakeTerminal(false);
    const progress = createProgress({
      total: 10_000,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    for (let i = 0; i < 30; i++) {
      term.advance(1_000);
      progress.tick();
    }
    expect(term.lines()).toHaveLength(1 + 6);
  });
});

describe('createProgress on small jobs', () => {
  it('shows nothing below the threshold', () => {
    const term = fakeTerminal(true);
    const progress = createProgress({
      total: 50,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
    });
    progress.tick(50);
    progress.done();
    expect(term.chunks).toEqual([]);
  });

  it('shows progress when forced', () => {
    const term = fakeTerminal(false);
    const progress = createProgress({
      total: 5,
      label: 'indexing',
      stream: term.stream,
      now: term.now,
      force: true,
    });
    progress.tick(5);
    progress.done();
    expect(term.lines().at(-1)).toBe('indexing: 5/5 done in 0:00');
  });
});

describe('createBuildProgress', () => {
  it('shows each build stage under its own label, ending one before the next starts', () => {
    const chunks: string[] = [];
    const progress = createBuildProgress({ isTTY: false, write: (chunk) => chunks.push(chunk) });
    for (let done = 1; done <= 300; done++) progress.onProgress('articles', done, 300);
    progress.onProgress('index', 500, 3000);
    progress.onProgress('index', 3000, 3000);
    progress.done();
    const lines = chunks.join('').split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^cleaning articles: 0\/300 \(0%\)/);
    const articlesDone = lines.findIndex((line) =>
      /^cleaning articles: 300\/300 done in/.test(line),
    );
    const indexFirst = lines.findIndex((line) => line.startsWith('indexing passages'));
    expect(articlesDone).toBeGreaterThan(0);
    expect(indexFirst).toBeGreaterThan(articlesDone);
    expect(lines[lines.length - 1]).toMatch(/^indexing passages: 3000\/3000 done in/);
  });

  it('shows nothing for a small corpus, as createProgress does', () => {
    const chunks: string[] = [];
    const progress = createBuildProgress({ isTTY: false, write: (chunk) => chunks.push(chunk) });
    for (let done = 1; done <= 5; done++) progress.onProgress('articles', done, 5);
    progress.done();
    expect(chunks).toEqual([]);
  });
});
