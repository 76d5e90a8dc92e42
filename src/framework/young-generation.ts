/**
 * The young generation of the thread that answers questions (the engine worker,
 * worker-runner.ts), and the same setting as node flags for the processes `npm run bench` times
 * answers in, so the bench measures what is served.
 *
 * Why larger than V8's default: an answer makes about 200 KiB of short-lived garbage
 * (`npx tsx bench/ask-allocation.ts`), so a scavenge falls in about 1 call in 100, and the
 * calls that meet one set the p99 (bench/ask-tail.ts). Each semi-space of
 * {@link ANSWERING_SEMI_SPACE_MB} instead of the default 16 MiB of a 64-bit heap of 2 GiB or more
 * (Node.js CLI docs, `--max-semi-space-size`: "Increasing the max size of a semi-space may
 * improve throughput for Node.js at the cost of more memory consumption") about halves the
 * scavenges once V8 has grown the young generation to it (session 25, the bundled questions
 * asked 10,350 times: 9.6 → 5.4 per 1,000 in a process, 5.8 in a worker; ask-tail.ts, 6,900
 * asks: calls meeting one 0.83% → 0.46%). The cost: the young generation is three semi-spaces
 * (same docs: V8's `YoungGenerationSizeFromSemiSpaceSize`), so at most 48 MiB more memory while
 * the bot answers steadily (measured: the worker's process 190 → 220 MiB resident). The engine
 * on the main thread (`ENGINE_THREAD=main`, kept to compare) keeps V8's default.
 */

/** Each semi-space of the answering thread's young generation, in MiB. */
export const ANSWERING_SEMI_SPACE_MB = 32;

/** As a worker's `resourceLimits.maxYoungGenerationSizeMb`: three semi-spaces, in MiB. */
export const ANSWERING_YOUNG_GENERATION_MB = 3 * ANSWERING_SEMI_SPACE_MB;

/** As node flags of a process that answers (the bench's, engine and plain lunr alike). */
export const ANSWERING_HEAP_FLAGS: readonly string[] = [
  `--max-semi-space-size=${ANSWERING_SEMI_SPACE_MB}`,
];
