/**
 * The project's modules as production runs them: compiled by the launcher (src/cli/launch.js,
 * what `npm start`, `npm run serve` and `npm run ask` run), not through tsx, whose compile adds
 * what production never runs (a `__name` call for each function made, under esbuild's
 * `keepNames`; session 18's ask profile: ~3.9% of a bundled ask). The benchmark itself still
 * runs under tsx; only what it measures of the engine is loaded from the compiled tree.
 *
 * The tree is the launcher's own (`currentTree`): the same stamp of the same sources, compiled
 * once when they changed, so nothing here is a second build.
 */
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './probes/spawn.js';

interface Launcher {
  currentTree(root?: string): Promise<string>;
}

let tree: Promise<string> | undefined;

/**
 * The module compiled from `source` (a `.ts` path under `src/` relative to the repository
 * root, e.g. `src/engine/index.ts`), as `import()` gives it; `T` is its type, taken from the
 * source (`import type * as M from '…'`, then `compiledModule<typeof M>(…)`).
 *
 * @throws Error when the launcher cannot compile the tree (its message says why).
 */
export async function compiledModule<T>(source: string): Promise<T> {
  tree ??= (
    import(pathToFileURL(path.join(REPO_ROOT, 'src/cli/launch.js')).href) as Promise<Launcher>
  ).then(async (launcher) => {
    const folder = await launcher.currentTree();
    // Under tsx, its hooks would load the sources kept beside the compiled files instead.
    register('./compiled-hooks.js', import.meta.url, {
      data: { tree: pathToFileURL(folder).href + '/' },
    });
    return folder;
  });
  const compiled = path.join(await tree, source.replace(/\.ts$/, '.js'));
  return import(pathToFileURL(compiled).href) as Promise<T>;
}
