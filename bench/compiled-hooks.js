// @ts-check
/**
 * Module hooks (Node's `module.register`) that keep the launcher's compiled tree as production
 * loads it when the bench runs under tsx: tsx resolves a `./x.js` import to `./x.ts` where both
 * exist (the tree keeps the sources of src/ beside the compiled files, for the index's
 * fingerprint) and compiles it its own way. Registered after tsx, these hooks run first: inside
 * the tree a relative import resolves to the file named and a `.js` file is loaded as it is;
 * everything else (packages, the bench's own files) is left to the hooks before.
 */
import { readFile } from 'node:fs/promises';
import { URL } from 'node:url';

/** The compiled tree's folder as a `file:` URL ending in `/`. */
let tree = '';

/** @param {{ tree: string }} data */
export function initialize(data) {
  tree = data.tree;
}

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  const url = specifier.startsWith(tree)
    ? specifier
    : relative && context.parentURL?.startsWith(tree)
      ? new URL(specifier, context.parentURL).href
      : undefined;
  if (url === undefined || !url.endsWith('.js')) return nextResolve(specifier, context);
  return { url, format: 'module', shortCircuit: true };
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith(tree) || !url.endsWith('.js')) return nextLoad(url, context);
  return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
}
