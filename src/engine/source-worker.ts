/**
 * Starting a worker thread on a module of this project, from source or compiled: running from
 * source the entry is TypeScript, and Node 20 does not apply the tsx loader to a worker's entry
 * file, so a one-line bootstrap imports it through tsx's API.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker running the module `name` (without extension) beside `from` (`import.meta.url` of
 * the caller): `name.ts` under tsx and vitest, `name.js` once compiled.
 */
export function startSourceWorker(from: string, name: string, options: WorkerOptions): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const entry = new URL(`./${name}.ts`, from).href;
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(from)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}
