/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) as the functions that take the most time:
 * self time (spent in the function's own code) and total time (including what it calls,
 * counted once per stack even under recursion).
 *
 *   npx tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top 25] [--filter src/]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The parts of a `.cpuprofile` this summary reads. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time attributed to one function, in milliseconds. */
export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? path.relative(process.cwd(), url.replace(/^file:\/\//, '')) : '';
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** Self and total time per function, most total time first. */
export function summarizeProfile(profile: CpuProfile): {
  totalMs: number;
  functions: FunctionTime[];
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );

  const times = new Map<string, FunctionTime>();
  const entry = (key: string): FunctionTime => {
    let time = times.get(key);
    if (!time) times.set(key, (time = { name: key, selfMs: 0, totalMs: 0 }));
    return time;
  };
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    totalUs += us;
    const leaf = byId.get(id);
    if (!leaf) continue;
    entry(functionKey(leaf)).selfMs += us / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const key = functionKey(node);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(key).totalMs += us / 1000;
    }
  }
  const functions = [...times.values()].sort((a, b) => b.totalMs - a.totalMs);
  return { totalMs: totalUs / 1000, functions };
}

async function main(argv: string[]): Promise<void> {
  const file = argv[0];
  if (!file)
    throw new Error(
      'usage: npx tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top N] [--filter TEXT]',
    );
  const top = Number(argv[argv.indexOf('--top') + 1]) || 25;
  const filter = argv.includes('--filter') ? (argv[argv.indexOf('--filter') + 1] ?? '') : '';
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const { totalMs, functions } = summarizeProfile(profile);
  const shown = functions.filter((fn) => fn.name.includes(filter) && !fn.name.startsWith('('));
  const share = (ms: number): string => `${((ms / totalMs) * 100).toFixed(1).padStart(5)}%`;
  const line = (fn: FunctionTime): string =>
    `${fn.totalMs.toFixed(0).padStart(7)} ms ${share(fn.totalMs)}  ${fn.selfMs.toFixed(0).padStart(7)} ms ${share(fn.selfMs)}  ${fn.name}`;
  process.stdout.write(`profile: ${totalMs.toFixed(0)} ms sampled\n`);
  process.stdout.write(`   total            self\n`);
  process.stdout.write(`By total time:\n${shown.slice(0, top).map(line).join('\n')}\n`);
  const bySelf = [...functions]
    .sort((a, b) => b.selfMs - a.selfMs)
    .filter((fn) => fn.name.includes(filter));
  process.stdout.write(`By self time:\n${bySelf.slice(0, top).map(line).join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
