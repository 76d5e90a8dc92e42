/**
 * One measurement in a fresh process, so that figures do not pollute each other (a build's
 * garbage inflating the next load's heap, a warm module cache shortening a load). Run by
 * {@link runProbe} as `node --expose-gc --import tsx bench/probes/probe.ts <task> ...`; prints
 * one JSON object, its result, as the last line of standard output.
 *
 * Tasks:
 * - `baseline`: heap of a process that has loaded nothing but lunr and the runtime.
 * - `build-plain <corpusDir> <outFile>`: segment like the engine, build plain lunr, save JSON.
 * - `build-engine <corpusDir>`: build and save the engine's index.
 * - `load-plain <jsonFile>` / `load-engine <corpusDir>`: load time and heap after load.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import {
  buildEngineIndex,
  engineIndexBytes,
  importEngine,
  openPrebuiltEngine,
  segmentCorpus,
} from '../engine-adapter.js';
import { buildPlainIndex, loadPlainIndex } from '../plain-lunr.js';
import type { ProbeResult } from './spawn.js';

function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Heap in use after full garbage collections (needs --expose-gc). */
function settledHeapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('probe: run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function run(task: string | undefined, args: string[]): Promise<ProbeResult> {
  switch (task) {
    case 'baseline':
      return { heapBytes: settledHeapBytes() };
    case 'build-plain': {
      const [corpusDir, outFile] = args as [string, string];
      await importEngine();
      let started = process.hrtime.bigint();
      const { articles, sentences: passages } = await segmentCorpus(corpusDir);
      const segmentationMs = elapsedMs(started);
      started = process.hrtime.bigint();
      const index = buildPlainIndex(passages);
      const buildMs = elapsedMs(started);
      const json = JSON.stringify(index);
      await writeFile(outFile, json);
      return {
        segmentationMs,
        buildMs,
        indexBytes: Buffer.byteLength(json),
        sentences: passages.length,
        articles,
      };
    }
    case 'build-engine': {
      const [corpusDir] = args as [string];
      await importEngine();
      const started = process.hrtime.bigint();
      const stages = await buildEngineIndex(corpusDir);
      const buildMs = elapsedMs(started);
      return { buildMs, indexBytes: await engineIndexBytes(corpusDir), ...stages };
    }
    case 'load-plain': {
      const [jsonFile] = args as [string];
      const before = settledHeapBytes();
      const started = process.hrtime.bigint();
      const index = loadPlainIndex(await readFile(jsonFile, 'utf8'));
      const loadMs = elapsedMs(started);
      const heapBytes = settledHeapBytes();
      return {
        loadMs,
        heapBytes,
        heapBeforeBytes: before,
        alive: index.search('') ? 1 : 0,
        fileBytes: (await stat(jsonFile)).size,
      };
    }
    case 'load-engine': {
      const [corpusDir] = args as [string];
      await importEngine();
      const before = settledHeapBytes();
      const started = process.hrtime.bigint();
      const engine = await openPrebuiltEngine(corpusDir);
      const loadMs = elapsedMs(started);
      const heapBytes = settledHeapBytes();
      return { loadMs, heapBytes, heapBeforeBytes: before, alive: engine.sources().length };
    }
    default:
      throw new Error(`probe: unknown task "${task ?? ''}"`);
  }
}

const [task, ...args] = process.argv.slice(2);
const result = await run(task, args);
process.stdout.write(`\n${JSON.stringify(result)}\n`);
