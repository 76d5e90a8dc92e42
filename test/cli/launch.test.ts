/**
 * src/cli/launch.js: the code compiled on demand, one file at a time, and run in place of tsx.
 * Tiny invented trees for the compile and the stamp; the real entry once, end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFingerprint, SOURCE_HASH_FILE } from '../../src/engine/fingerprint.js';

interface Launcher {
  NODE_FLAGS: readonly string[];
  codeStamp(root: string): string;
  compileTree(root: string, target: string): Promise<void>;
  compiledRoot(root: string): string;
  compiledRoots(root: string, env: Record<string, string | undefined>): string[];
  currentTree(root: string, folders?: string[]): Promise<string>;
}

const LAUNCHER = fileURLToPath(new URL('../../src/cli/launch.js', import.meta.url));
const ROOT = path.resolve(path.dirname(LAUNCHER), '..', '..');
const launcher = (): Promise<Launcher> => import(pathToFileURL(LAUNCHER).href);

describe('launch.js', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true })));
  const tree = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'launch-'));
    roots.push(root);
    const all = {
      'package.json': '{ "type": "module" }\n',
      'tsconfig.json': '{ "compilerOptions": { "verbatimModuleSyntax": true } }\n',
      'commands/c.ts': 'export const c: string = "command";\n',
      ...files,
    };
    for (const [name, text] of Object.entries(all)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  };

  it('compiles each file in its place: relative imports, JSON with its attribute, sources of src/ beside', async () => {
    const root = tree({
      'src/a.ts': [
        "import { b } from './lib/b.js';",
        "import data from './d.json' with { type: 'json' };",
        'export const a: number = b + data.n;',
      ].join('\n'),
      'src/lib/b.ts': 'export const b: number = 1;\n',
      'src/d.json': '{ "n": 2 }\n',
    });
    const target = path.join(root, 'out');
    await (await launcher()).compileTree(root, target);
    const compiled = (await import(pathToFileURL(path.join(target, 'src/a.js')).href)) as {
      a: number;
    };
    expect(compiled.a).toBe(3);
    expect(existsSync(path.join(target, 'src/lib/b.ts'))).toBe(true);
    expect(existsSync(path.join(target, 'commands/c.js'))).toBe(true);
    // commands/ loads every code file it holds: its sources are not copied.
    expect(existsSync(path.join(target, 'commands/c.ts'))).toBe(false);
  });

  it('bundles the command-line entry: its modules in one file, what it imports lazily in chunks, each module at its own URL', async () => {
    const root = tree({
      'src/cli/bin.ts': [
        "import { where } from '../lib/where.js';",
        'export const entryWhere: string = import.meta.url;',
        'export { where };',
        "export const later = async (): Promise<string> => (await import('./later.js')).said;",
      ].join('\n'),
      'src/lib/where.ts': 'export const where: string = import.meta.url;\n',
      'src/cli/later.ts': "export const said: string = 'said later';\n",
    });
    const target = path.join(root, 'out');
    await (await launcher()).compileTree(root, target);
    const bundle = path.join(target, 'bundle', 'bin.js');
    const text = readFileSync(bundle, 'utf8');
    // One file for the entry and what it imports; the lazy import left to a chunk of its own.
    expect(text).not.toMatch(/from ["']\.\.\/lib\/where\.js["']/);
    expect(text).not.toContain('said later');
    const bundled = (await import(pathToFileURL(bundle).href)) as {
      entryWhere: string;
      where: string;
      later: () => Promise<string>;
    };
    // Paths taken from import.meta.url find what lies beside each module's compiled file.
    expect(bundled.where).toBe(pathToFileURL(path.join(target, 'src/lib/where.js')).href);
    expect(bundled.entryWhere).toBe(pathToFileURL(path.join(target, 'src/cli/bin.js')).href);
    expect(await bundled.later()).toBe('said later');
  });

  it('fails on a file that does not compile, naming it, and leaves no tree', async () => {
    const root = tree({ 'src/bad.ts': 'export const = ;\n' });
    const target = path.join(root, 'out');
    await expect((await launcher()).compileTree(root, target)).rejects.toThrow(/bad\.ts/);
    expect(existsSync(target)).toBe(false);
  });

  it('stamps the same tree the same, and a changed file differently', async () => {
    const { codeStamp } = await launcher();
    const root = tree({ 'src/a.ts': 'export const a = 1;\n' });
    const before = codeStamp(root);
    expect(codeStamp(root)).toBe(before);
    writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 12;\n');
    expect(codeStamp(root)).not.toBe(before);
  });

  it('keeps trees in node_modules, else in the user cache or temporary folder, one folder per checkout', async () => {
    const { compiledRoot, compiledRoots } = await launcher();
    const [own, cache, temporary] = compiledRoots('/a/checkout', { XDG_CACHE_HOME: '/x/cache' });
    expect(own).toBe(compiledRoot('/a/checkout'));
    expect(cache).toMatch(/^\/x\/cache\/coverage-bot\/compiled\/[0-9a-f]{16}$/);
    expect(temporary?.startsWith(tmpdir())).toBe(true);
    expect(compiledRoots('/another', { XDG_CACHE_HOME: '/x/cache' })[1]).not.toBe(cache);
    // The specification ignores a relative XDG_CACHE_HOME.
    expect(compiledRoots('/a/checkout', { XDG_CACHE_HOME: 'rel' })[1]).not.toMatch(/^rel/);
  });

  it('compiles elsewhere when node_modules cannot be written, its packages still found', async () => {
    const root = tree({
      'src/a.ts': "import { p } from 'pkg';\nexport const a: string = `a${p}`;\n",
      'node_modules/pkg/package.json': '{ "name": "pkg", "type": "module", "main": "index.js" }\n',
      'node_modules/pkg/index.js': 'export const p = "p";\n',
      // A file where the cache folder would go: nothing can be made there (as a read-only
      // node_modules, which a test running as root cannot make).
      'node_modules/.cache': '',
    });
    const cache = mkdtempSync(path.join(tmpdir(), 'launch-cache-'));
    roots.push(cache);
    const { compiledRoots, currentTree } = await launcher();
    const folders = compiledRoots(root, { XDG_CACHE_HOME: cache });
    const target = await currentTree(root, folders);
    expect(target.startsWith(cache)).toBe(true);
    const compiled = (await import(pathToFileURL(path.join(target, 'src/a.js')).href)) as {
      a: string;
    };
    expect(compiled.a).toBe('ap');
    // Found again, not compiled again.
    expect(await currentTree(root, folders)).toBe(target);
  });

  it('says which folders it tried when none can be written', async () => {
    const root = tree({ 'src/a.ts': 'export const a = 1;\n', blocked: '' });
    const { currentTree } = await launcher();
    const folders = [path.join(root, 'blocked', 'one'), path.join(root, 'blocked', 'two')];
    await expect(currentTree(root, folders)).rejects.toThrow(
      /no folder to keep the compiled code in can be written: .*blocked\/one \(ENOTDIR\), .*blocked\/two \(ENOTDIR\); .*XDG_CACHE_HOME/,
    );
  });

  it('runs an entry of this project with its arguments, and refuses a file that is not one', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8' });
    const help = run('src/cli/bin.ts', 'ask', '--help');
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run -s ask/);
    const wrong = run('README.md');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^usage: node src\/cli\/launch\.js ENTRY\.ts/);
  }, 120_000);

  it("is started with its V8 settings on node's command line by every script that runs it", async () => {
    const { NODE_FLAGS } = await launcher();
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const launching = Object.values(scripts).filter((line) => line.includes('src/cli/launch.js'));
    expect(launching.length).toBeGreaterThan(5);
    for (const line of launching)
      expect(line).toContain(`node ${NODE_FLAGS.join(' ')} src/cli/launch.js`);
  });

  it('compiles regular expressions straight to machine code when started with its V8 settings', async () => {
    const { NODE_FLAGS } = await launcher();
    // V8's own probes (--allow-natives-syntax) say which compiles an expression has had.
    const probe = (flags: readonly string[]) =>
      spawnSync(
        process.execPath,
        [
          ...flags,
          '--allow-natives-syntax',
          '--eval',
          [
            'const rule = new RegExp("\\b(?:which|what) [\\p{L}]+ (?:city|town)\\b", "iu");',
            'rule.exec("Which coastal town?");',
            'process.stdout.write(`${%RegexpHasBytecode(rule, true)} ${%RegexpHasNativeCode(rule, true)}`);',
          ].join('\n'),
        ],
        { encoding: 'utf8' },
      );
    expect(probe([]).stdout).toBe('true true');
    const started = probe(NODE_FLAGS);
    expect(started.stderr).toBe('');
    expect(started.stdout).toBe('false true');
  });

  it("saves the hash of this project's sources with its tree: the fingerprint is the sources'", async () => {
    const tree = await (await launcher()).currentTree(ROOT);
    expect(existsSync(path.join(tree, 'src/engine', SOURCE_HASH_FILE))).toBe(true);
    const compiled = (await import(
      pathToFileURL(path.join(tree, 'src/engine/fingerprint.js')).href
    )) as { codeFingerprint(): string };
    expect(compiled.codeFingerprint()).toBe(codeFingerprint());
  }, 120_000);
});
