/** Helpers for tests that need a corpus folder or an engine over the bundled corpus. */
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';

/** The bundled corpus folder. */
export const BUNDLED_CORPUS = path.resolve('corpus');

/** A fresh temporary folder; remove it with {@link removeFolder}. */
export async function temporaryFolder(prefix = 'coverage-bot-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/**
 * Corpus folders written from `name → content` (text or bytes) under `articles/`, as an
 * administrator's folder holds them; `removeAll` (for `afterEach`) deletes every one written.
 */
export function articleFolders(): {
  corpusOf: (files: Record<string, string | Uint8Array>) => Promise<string>;
  removeAll: () => Promise<void>;
} {
  const folders: string[] = [];
  return {
    async corpusOf(files) {
      const dir = await temporaryFolder();
      folders.push(dir);
      await mkdir(path.join(dir, 'articles'));
      for (const [name, content] of Object.entries(files))
        await writeFile(path.join(dir, 'articles', name), content);
      return dir;
    },
    async removeAll() {
      await Promise.all(folders.splice(0).map(removeFolder));
    },
  };
}

/** A copy of the bundled corpus (without its index) in a temporary folder. */
export async function copyOfBundledCorpus(): Promise<string> {
  const folder = await temporaryFolder();
  await cp(BUNDLED_CORPUS, folder, {
    recursive: true,
    filter: (source) => !source.endsWith('.coverage-index.json'),
  });
  return folder;
}

/**
 * Two invented plain-text articles for the transport tests: one about a bridge with four facts
 * (enough passages for paging and buttons), one unrelated.
 */
export const HARBOUR_AND_LIBRARY: Record<string, string> = {
  'harbour.txt':
    'The harbour bridge reopened on Monday after repairs.\n\nEngineers replaced forty cables on the harbour bridge.\n\nThe harbour bridge carries ten thousand cars a day.\n\nTolls on the harbour bridge will rise in spring.',
  'library.txt': 'The city library extended its opening hours.\n\nVolunteers catalogued old maps.',
};

/**
 * Four unrelated plain-text articles (street libraries), to add to an invented corpus so that a
 * name its articles share is rare enough, by the share of articles carrying it, to name them.
 */
export const UNRELATED_ARTICLES: Record<string, string> = Object.fromEntries(
  ['Elm', 'Oak', 'Ash', 'Yew'].map((name) => [
    `library-${name}.txt`,
    `${name} Street library opens a reading room\n\nThe ${name} Street library opened a reading room for children on Saturday.`,
  ]),
);

/**
 * A Markdown article stating its title, outlet and date in front matter (and its author, when
 * given), then `text`.
 */
export function frontMatterArticle(
  title: string,
  outlet: string,
  date: string,
  text: string,
  author?: string,
): string {
  // Quoted (JSON's double-quoted strings are YAML's): front matter is YAML, in which a title
  // holding ": " ("Editorial: the pupils need a plan") unquoted is a syntax error.
  const field = (key: string, value: string) => `${key}: ${JSON.stringify(value)}`;
  return [
    '---',
    field('title', title),
    field('outlet', outlet),
    field('date', date),
    ...(author === undefined ? [] : [field('author', author)]),
    '---',
    '',
    text,
  ].join('\n');
}

/**
 * Five invented Markdown articles of three outlets, for tests of questions that name an outlet:
 * a fire at a mill reported by Bay Post and by Coast Wire (its cause by Coast Wire alone), Gull
 * Radio's two articles on other things (ferries, a harbour toll), and a Bay Post budget article.
 * Tests add their own articles beside them.
 */
export const OUTLET_ARTICLES: Record<string, string> = {
  'fire-post.md': frontMatterArticle(
    'Fire at the mill',
    'Bay Post',
    '2024-06-05',
    'A fire broke out at the old mill on Tuesday, injuring two workers.\n\nThe mill owner said repairs would take months.',
  ),
  'fire-wire.md': frontMatterArticle(
    'Mill blaze injures two',
    'Coast Wire',
    '2024-06-05',
    'Two workers were hurt when fire swept through the old mill on Tuesday night.\n\nInvestigators said faulty wiring caused the fire.',
  ),
  'radio-1.md': frontMatterArticle(
    'Ferries resume',
    'Gull Radio',
    '2024-06-10',
    'Ferry sailings resumed after a week of storms.\n\nThe operator thanked passengers for their patience.',
  ),
  'radio-2.md': frontMatterArticle(
    'Harbour toll frozen',
    'Gull Radio',
    '2024-06-12',
    'The harbour toll will stay at two pounds until next year, the council said.',
  ),
  'budget.md': frontMatterArticle(
    'Council budget passed',
    'Bay Post',
    '2024-07-01',
    'The council approved its budget on Friday.',
  ),
};

/**
 * An `articles.json` entry for a plain-text article of a test corpus: its id is the file name
 * without `.txt`, its title the file name, no outlet, and the given publication date (ISO date,
 * a year, or null for none stated).
 */
export function datedArticle(file: string, published: string | null) {
  return { file, id: file.replace(/\.txt$/, ''), title: file, outlet: null, published };
}

/** Writes a corpus folder of plain `.txt` files (no metadata) from `name → text`. */
export async function writePlainCorpus(files: Record<string, string>): Promise<string> {
  const folder = await temporaryFolder();
  await mkdir(folder, { recursive: true });
  await Promise.all(
    Object.entries(files).map(([name, text]) => writeFile(path.join(folder, name), text)),
  );
  return folder;
}

/** An engine over the bundled corpus, with its index in a temporary folder of its own. */
export async function bundledEngine(): Promise<{ engine: Engine; cleanup: () => Promise<void> }> {
  const folder = await temporaryFolder();
  const engine = await openEngine({
    corpusDir: BUNDLED_CORPUS,
    indexPath: path.join(folder, 'index.json'),
  });
  return { engine, cleanup: () => removeFolder(folder) };
}

/**
 * The engine of a test file's suite over `files` (as {@link plainCorpusEngine}): built in the
 * file's `beforeAll`, its folders removed in its `afterAll`. The value returned stands for that
 * engine (each property read is the built engine's, methods bound to it), so the file's tests
 * call `engine.ask(…)` as on an engine; reading it before `beforeAll` ran throws.
 */
export function suiteEngine(files: Record<string, string>): Engine {
  let built: Awaited<ReturnType<typeof plainCorpusEngine>> | undefined;
  beforeAll(async () => {
    built = await plainCorpusEngine(files);
  });
  afterAll(() => built?.cleanup());
  return new Proxy({} as Engine, {
    get(_target, key) {
      if (built === undefined) throw new Error('suiteEngine: read before its beforeAll ran');
      const value: unknown = Reflect.get(built.engine, key);
      return typeof value === 'function' ? value.bind(built.engine) : value;
    },
  });
}

/**
 * An engine over a corpus folder written from `name → text` (as {@link writePlainCorpus}), with
 * its index in a temporary folder of its own; `cleanup` removes both folders.
 */
export async function plainCorpusEngine(files: Record<string, string>): Promise<{
  engine: Engine;
  corpusDir: string;
  indexPath: string;
  cleanup: () => Promise<void>;
}> {
  const corpusDir = await writePlainCorpus(files);
  const indexDir = await temporaryFolder();
  const indexPath = path.join(indexDir, 'index.json');
  const engine = await openEngine({ corpusDir, indexPath });
  return {
    engine,
    corpusDir,
    indexPath,
    cleanup: async () => {
      await removeFolder(corpusDir);
      await removeFolder(indexDir);
    },
  };
}
