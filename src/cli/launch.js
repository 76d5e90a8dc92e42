// @ts-check
/**
 * Runs one of this project's TypeScript entry files as JavaScript compiled on demand: what
 * `npm start`, `npm run serve` and the command-line scripts run.
 *
 *   node src/cli/launch.js ENTRY.ts [arguments…]     e.g. node src/cli/launch.js src/cli/bin.ts ask "…"
 *
 * Why not `node --import tsx ENTRY.ts`: Node 20 runs module hooks on a thread of their own, so
 * every one of the ~300 modules on the way to an answer waits for a round trip to tsx's hooks
 * and is compiled with its inline source map; with tsx's own start that was about 1 s of CPU of
 * a first answer's 2 s (session 13, `--cpu-prof`). Compiled files load natively.
 *
 * What it runs: every `.ts` file under `src/` and `commands/` compiled alone by esbuild (no
 * bundling: each module keeps its place in the tree, so paths taken from `import.meta.url` and
 * the `.js` workers beside their callers hold), into
 * `node_modules/.cache/coverage-bot/compiled/STAMP/`, with the other files of those folders and
 * the `.ts` sources of `src/` copied beside (the index's code fingerprint hashes the sources, so an
 * index built from source is current for the compiled code and the other way round; the compile
 * saves their hash, see {@link FINGERPRINT}). The command-line entry runs from a bundle of the
 * same code beside them ({@link BUNDLED}). STAMP is a
 * hash of each file's path, size and modification time under those folders, of `package.json`,
 * `tsconfig.json`, this file, Node's and esbuild's versions: an edit gives a new stamp and is
 * compiled before the start (a second or two), as `make` decides what to rebuild; nothing is to
 * be remembered. Folders of stamps not started from for {@link KEEP_DAYS} days are removed.
 *
 * Where `node_modules` cannot be written (a read-only install or image), a tree already compiled
 * there is used as it is; a new one goes to the user's cache folder (`$XDG_CACHE_HOME`, else
 * `~/.cache`, per the XDG Base Directory specification) or else the system's temporary folder,
 * under a folder of this checkout's own ({@link compiledRoots}), with a `node_modules` link back
 * to the checkout's so that its packages resolve from there.
 *
 * The entry runs in this process (signals, exit codes and standard streams are its own), with
 * `process.argv` as if it had been started directly: `[node, ENTRY.js, arguments…]`.
 *
 * Errors: an unknown entry, a compile error, or no folder to compile into that can be written
 * (each tried named) is one line on standard error, exit code 1.
 */
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
/** The repository root: this file is `src/cli/launch.js`. */
const ROOT = path.resolve(path.dirname(SELF), '..', '..');
/** The folders compiled, relative to the root. */
export const FOLDERS = ['src', 'commands'];
/** Files beyond those folders that change what a compile gives, relative to the root. */
const SETTINGS = ['package.json', 'tsconfig.json'];
/**
 * How esbuild compiles this code, file by file or bundled: ES modules for this Node, with the
 * project's TypeScript settings and source maps beside, regular expression literals kept.
 *
 * @returns {import('esbuild').BuildOptions}
 */
function compileOptions(root) {
  return {
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    // esbuild's tables list Node as lacking Unicode property escapes (`\p{L}`), so it would
    // write each such literal as `new RegExp("…")`, constructed anew on every call of a function
    // holding one (318 in the tree; a build reads several per sentence). Node 20's V8 has
    // them (ES2018), so the literals are kept as written.
    supported: { 'regexp-unicode-property-escapes': true },
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: 'linked',
    logLevel: 'silent',
  };
}

/** The tree's module that saves the hash of its sources (`saveSourceHash`), relative to it. */
const FINGERPRINT = 'src/engine/fingerprint.js';
/** A stamp's folder not started from for this long is removed at the next compile. */
export const KEEP_DAYS = 7;

/** `[relative path, absolute path]` of every file under `folders` of `root`, sorted. */
function filesUnder(root, folders) {
  const files = [];
  for (const folder of folders) {
    const top = path.join(root, folder);
    for (const entry of readdirSync(top, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      // Each entry's folder is `top` or one below it, as joined from it: its name under the
      // root is cut from it, not worked out by path.relative, which resolves both paths again
      // (for 400 files, 25 ms of CPU of every start: session 21).
      const absolute = `${entry.parentPath}${path.sep}${entry.name}`;
      const name = `${folder}${absolute.slice(top.length)}`;
      files.push([path.sep === '/' ? name : name.split(path.sep).join('/'), absolute]);
    }
  }
  return files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The stamp of the code under `root`: a hex hash of each file's path, size and modification
 * time under {@link FOLDERS}, of {@link SETTINGS}, and of Node's and esbuild's versions.
 */
export function codeStamp(root = ROOT) {
  const hash = createHash('sha256');
  const esbuild = createRequire(import.meta.url)('esbuild/package.json');
  hash.update(`node ${process.versions.node}\0esbuild ${esbuild.version}\0`);
  const files = [
    ...filesUnder(root, FOLDERS),
    ...SETTINGS.map((name) => [name, path.join(root, name)]),
    ['launch.js', SELF],
  ];
  for (const [name, absolute] of files) {
    const stat = statSync(absolute);
    hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where compiled trees are kept: the folder build tools share for caches. */
export function compiledRoot(root = ROOT) {
  return path.join(root, 'node_modules', '.cache', 'coverage-bot', 'compiled');
}

/**
 * The folders compiled trees may be kept in, in order: {@link compiledRoot}, then, for when
 * `node_modules` cannot be written, the user's cache folder (`XDG_CACHE_HOME` when it is an
 * absolute path, else `~/.cache`: the XDG Base Directory specification) and the system's
 * temporary folder, each under `coverage-bot/compiled/KEY`, KEY a hash of `root`'s path (one
 * checkout's trees never stand for another's).
 */
export function compiledRoots(root = ROOT, env = process.env) {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  const elsewhere = [];
  const cacheHome = env.XDG_CACHE_HOME;
  if (cacheHome && path.isAbsolute(cacheHome)) elsewhere.push(cacheHome);
  else {
    try {
      elsewhere.push(path.join(os.homedir(), '.cache'));
    } catch {
      // No home folder (a service account): the temporary folder remains.
    }
  }
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  elsewhere.push(path.join(os.tmpdir(), `coverage-bot${user}`));
  return [
    compiledRoot(root),
    ...elsewhere.map((folder) => path.join(folder, 'coverage-bot', 'compiled', key)),
  ];
}

/** Removes stamps' folders (and abandoned partial compiles) not started from for KEEP_DAYS. */
function sweep(parent, keep) {
  const cutoff = Date.now() - KEEP_DAYS * 24 * 3600 * 1000;
  for (const name of readdirSync(parent)) {
    const folder = path.join(parent, name);
    if (name === keep) continue;
    try {
      if (statSync(folder).mtimeMs < cutoff) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/**
 * Entries run from a bundle of their own rather than from the tree's files, relative to the root:
 * the command-line tools. Node 20 resolves, reads and links each ES module on its own, about a
 * millisecond of CPU apiece, and an answer from the command line loaded 270 of them: half the
 * CPU of a first answer (session 21, `--cpu-prof`). The bot's entry (`src/main.ts`) stays on
 * the tree: it loads `commands/` by path (framework/commands.ts), which would give it a second
 * copy of every module those commands import.
 */
export const BUNDLED = ['src/cli/bin.ts'];
/** The folder of a tree that holds the bundles, each entry by its file name, and their chunks. */
export const BUNDLE_FOLDER = 'bundle';

/**
 * Bundles each of {@link BUNDLED} into `tree`'s {@link BUNDLE_FOLDER}: the project's modules
 * in one file and the chunks its dynamic imports load (a command, the build's analysis), so
 * what an entry loads lazily it still loads only when asked; packages stay imports. Each
 * module's `import.meta.url` is the URL of its own compiled file in the tree (the worker
 * files, data and sources beside it are found there); `import.meta.resolve` is only used for
 * packages, which resolve alike from anywhere in the tree.
 */
async function bundleEntries(build, root, tree) {
  const entries = BUNDLED.filter((entry) => existsSync(path.join(root, entry)));
  if (entries.length === 0) return;
  const treeUrls = {
    name: 'tree-urls',
    /** @param {import('esbuild').PluginBuild} plugin */
    setup(plugin) {
      plugin.onLoad({ filter: /\.ts$/ }, ({ path: file }) => {
        const compiled = path
          .relative(root, file)
          .split(path.sep)
          .join('/')
          .replace(/\.ts$/, '.js');
        // Relative to the bundle folder, which every output file is directly in.
        const url = `new URL(${JSON.stringify(`../${compiled}`)}, import.meta.url).href`;
        const source = readFileSync(file, 'utf8');
        return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
      });
    },
  };
  await build({
    entryPoints: entries.map((entry) => path.join(root, entry)),
    bundle: true,
    splitting: true,
    packages: 'external',
    outdir: path.join(tree, BUNDLE_FOLDER),
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    ...compileOptions(root),
    plugins: [treeUrls],
  });
}

/**
 * Compiles the code under `root` into `target` (made whole, or not at all: written beside it and
 * renamed, so processes starting together never see half a tree).
 *
 * @throws Error with esbuild's messages when a file does not compile.
 */
export async function compileTree(root, target) {
  const { build } = await import('esbuild');
  const partial = `${target}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  const files = filesUnder(root, FOLDERS);
  const sources = files.filter(([name]) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  try {
    await build({
      entryPoints: sources.map(([, absolute]) => absolute),
      outdir: partial,
      outbase: root,
      ...compileOptions(root),
    });
    await bundleEntries(build, root, partial);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  // Data files, and the sources of src/ for the index fingerprint; commands/ loads every code
  // file it holds, so its sources stay out.
  for (const [name, absolute] of files) {
    if (name.endsWith('.ts') && !name.startsWith('src/')) continue;
    cpSync(absolute, path.join(partial, name));
  }
  writeFileSync(path.join(partial, 'package.json'), '{ "type": "module" }\n');
  // A tree outside the checkout finds its packages through a link to the checkout's.
  const modules = path.join(root, 'node_modules');
  const fromRoot = path.relative(root, target);
  if ((fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) && existsSync(modules))
    symlinkSync(modules, path.join(partial, 'node_modules'), 'junction');
  // What depends on the tree's sources alone is worked out once, here, not by every start.
  const fingerprint = path.join(partial, FINGERPRINT);
  if (existsSync(fingerprint)) (await import(pathToFileURL(fingerprint).href)).saveSourceHash();
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another process compiled the same stamp first: use its tree.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
}

/**
 * The compiled tree of the current code, its path: the first of `folders` that holds it, else
 * compiled now into the first of them that can be written.
 *
 * @throws Error naming each folder tried when none holds the tree and none can be written.
 */
export async function currentTree(root = ROOT, folders = compiledRoots(root)) {
  const stamp = codeStamp(root);
  for (const parent of folders) {
    const target = path.join(parent, stamp);
    if (!existsSync(target)) continue;
    try {
      // Its time says it is in use (see sweep); a read-only folder keeps its trees anyway.
      const now = new Date();
      utimesSync(target, now, now);
    } catch {
      // Not ours to touch.
    }
    return target;
  }
  const refused = [];
  for (const parent of folders) {
    try {
      mkdirSync(parent, { recursive: true });
      accessSync(parent, constants.W_OK);
    } catch (error) {
      refused.push(`${parent} (${error instanceof Error && 'code' in error ? error.code : error})`);
      continue;
    }
    const target = path.join(parent, stamp);
    await compileTree(root, target);
    sweep(parent, stamp);
    return target;
  }
  throw new Error(
    `no folder to keep the compiled code in can be written: ${refused.join(', ')}; make node_modules writable or set XDG_CACHE_HOME to a writable folder`,
  );
}

/**
 * V8 settings every start of this code passes on `node`'s command line, before the launcher
 * (package.json's scripts; the bench's child processes; test/cli/launch.test.ts checks both).
 * `--no-regexp-tier-up`: by default V8 compiles a regular expression to bytecode for its
 * interpreter and then again to machine code ("regexp tier-up", V8 blog, "Improving V8 regular
 * expressions", 2019); in Node 20 this code's expressions get both on their first run, so the
 * bytecode is compiled for nothing. This code's expressions are many and large (the answer-type
 * rules of src/search/plan/answer-type.ts are up to 1,300 characters): compiled to machine code
 * alone, a first answer's CPU (bundled corpus) fell from 1.08 to 0.92 s (session 35, medians of
 * six runs each, alternated), with every answer the same. On the command line, not set by
 * `v8.setFlagsFromString` once V8 runs: set so (session 35), it crashed the started process with
 * a segmentation fault in 5 of 60 runs (session 36); Node's documentation warns that a setting
 * changed after V8 starts may misbehave. Not in NODE_OPTIONS, which refuses V8 settings but a
 * few.
 */
export const NODE_FLAGS = ['--no-regexp-tier-up'];

async function main() {
  const [entry, ...args] = process.argv.slice(2);
  const relative = entry === undefined ? '' : path.relative(ROOT, path.resolve(ROOT, entry));
  const inFolder = FOLDERS.some((folder) => relative.startsWith(`${folder}${path.sep}`));
  if (!entry || !inFolder || !relative.endsWith('.ts') || !existsSync(path.join(ROOT, relative))) {
    process.stderr.write(
      `usage: node src/cli/launch.js ENTRY.ts [arguments…] (${entry ?? 'no entry'} is not a .ts file under src/ or commands/)\n`,
    );
    process.exitCode = 1;
    return;
  }
  let tree;
  try {
    tree = await currentTree();
  } catch (error) {
    process.stderr.write(
      `launch: compiling failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const bundled = BUNDLED.includes(relative.split(path.sep).join('/'));
  const compiled = bundled
    ? path.join(tree, BUNDLE_FOLDER, path.basename(relative).replace(/\.ts$/, '.js'))
    : path.join(tree, relative.replace(/\.ts$/, '.js'));
  process.argv = [process.argv[0] ?? process.execPath, compiled, ...args];
  await import(pathToFileURL(compiled).href);
}

// Imported by its tests: only run when started as the entry.
if (process.argv[1] && path.resolve(process.argv[1]) === SELF) await main();
