import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AUDIT_FILE,
  CorpusAdmin,
  CorpusChangeError,
  safeFileName,
} from '../../src/engine/corpus-admin.js';
import { buildIndex, type BuildStats } from '../../src/engine/index.js';
import type { BuildRequest } from '../../src/engine/build-process.js';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { encoded, rss } from '../support/feed-fixture.js';
import {
  BRIDGE_QUESTION,
  HARBOUR,
  LIBRARY,
  LIBRARY_QUESTION,
  ORCHARD,
  snapshot,
} from '../support/live-fixture.js';

// Each change waits for a rebuild; on a busy machine one takes several seconds.
vi.setConfig({ testTimeout: 90_000 });

/**
 * A build that signals when it starts (`started`) and waits for `finish()`, so a test can ask
 * its questions while a rebuild is in progress, with no timing assumption.
 */
function heldBuild() {
  let building!: () => void;
  const started = new Promise<void>((resolve) => (building = resolve));
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const build = async (request: BuildRequest): Promise<BuildStats> => {
    building();
    await finished;
    return buildIndex(request);
  };
  return { build, started, finish };
}

const ALICE = { id: '100000000000000001', name: 'alice' };
const opened: LiveEngine[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const engine of opened.splice(0)) engine.close();
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function admin(files: Record<string, string>): Promise<{ dir: string; admin: CorpusAdmin }> {
  const dir = await writePlainCorpus(files);
  folders.push(dir);
  // Rebuilds run in this process: what is tested is the admin's changes, not where builds run.
  const live = await openLiveEngine({ corpusDir: dir, watch: false, build: buildIndex });
  opened.push(live);
  return { dir, admin: new CorpusAdmin(live) };
}

const upload = (filename: string, text: string, extra = {}) => ({
  filename,
  bytes: Buffer.from(text),
  ...extra,
});

describe('safe file names for uploads', () => {
  it('keeps a plain name, makes others safe, and refuses what is not an article', () => {
    expect(safeFileName('story.txt')).toBe('story.txt');
    expect(safeFileName('../../etc/My Story?.txt')).toBe('My_Story_.txt');
    expect(safeFileName('C:\\Users\\x\\.hidden.txt')).toBe('hidden.txt');
    expect(() => safeFileName('photo.png')).toThrow(CorpusChangeError);
    expect(() => safeFileName('.txt')).toThrow('“.txt” has no usable file name; rename it.');
  });
});

describe('the corpus admin', () => {
  it('adds the stated metadata to an existing articles.json, keeping what was there', async () => {
    const { dir, admin: a } = await admin({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const metadata = {
      $comment: 'kept',
      articles: [
        { file: 'harbour.txt', outlet: 'Kestrel Gazette' },
        { file: 'orchard.txt', title: 'Fire at the orchard' },
      ],
    };
    await writeFile(path.join(dir, 'articles.json'), JSON.stringify(metadata));
    await a.live.reload();
    const outcome = await a.add(
      upload('library.txt', LIBRARY, { outlet: 'Dunmore Post', published: '2024-03-01' }),
      ALICE,
    );
    expect(outcome).toMatchObject({ id: 'library', file: 'library.txt' });
    expect(outcome.info?.articles).toBe(3);
    const written = JSON.parse(await readFile(path.join(dir, 'articles.json'), 'utf8'));
    expect(written).toEqual({
      ...metadata,
      articles: [
        ...metadata.articles,
        { file: 'library.txt', outlet: 'Dunmore Post', published: '2024-03-01' },
      ],
    });
    const answer = a.live.ask(LIBRARY_QUESTION);
    expect(answer.passages[0]?.source).toMatchObject({
      id: 'library',
      outlet: 'Dunmore Post',
      published: '2024-03-01',
    });
  });

  it('creates articles.json only when metadata is given, leaving the other articles as they were', async () => {
    const { dir, admin: a } = await admin({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const before = a.live.sources();
    await a.add(upload('library.txt', LIBRARY, { title: 'Late nights at the library' }), ALICE);
    const after = a.live.sources();
    expect(after.filter((s) => s.id !== 'library')).toEqual(before);
    expect(after.find((s) => s.id === 'library')?.title).toBe('Late nights at the library');
    const written = JSON.parse(await readFile(path.join(dir, 'articles.json'), 'utf8'));
    expect(written.articles).toEqual([
      { file: 'harbour.txt' },
      { file: 'orchard.txt' },
      { file: 'library.txt', title: 'Late nights at the library' },
    ]);
  });

  it('refuses invalid metadata and text with no body, changing nothing', async () => {
    const { dir, admin: a } = await admin({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    const before = await snapshot(dir);
    await expect(
      a.add(upload('l.txt', LIBRARY, { published: '2024-02-30' }), ALICE),
    ).rejects.toThrow(
      'Metadata refused: published: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
    await expect(a.add(upload('l.txt', LIBRARY, { url: 'ftp://x' }), ALICE)).rejects.toThrow(
      /^Metadata refused: url: /,
    );
    await expect(a.add(upload('blank.txt', '\n\n   \n'), ALICE)).rejects.toThrow(
      '“blank.txt” has no article text after cleaning.',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it("refuses to remove a feed's item by its id, which would remove the feed's other items", async () => {
    const item = `<title>Library hours cut</title><guid>tg-3</guid>${encoded('<p>The Tarnmouth library will open on four days a week from March, the council said on Friday.</p>')}`;
    const { dir, admin: a } = await admin({ 'harbour.txt': HARBOUR, 'gazette.xml': rss([item]) });
    const before = await snapshot(dir);
    const id = a.live.sources().find((source) => source.id.startsWith('gazette_'))?.id ?? '';
    await expect(a.remove(id, ALICE)).rejects.toThrow(
      `“${id}” is an item of the feed “gazette.xml”, not a file of its own: remove the feed from the folder, or the item from the feed.`,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('undoes a change the index cannot be built from, and logs that it did', async () => {
    const { dir, admin: a } = await admin({ 'harbour.txt': HARBOUR });
    const before = await snapshot(dir);
    await expect(a.remove('harbour', ALICE)).rejects.toThrow(
      /^The corpus could not be rebuilt with this change, so it was undone: /,
    );
    expect(await snapshot(dir)).toEqual(before);
    expect(a.live.sources().map((s) => s.id)).toEqual(['harbour']);
    const audit = (await readFile(path.join(dir, AUDIT_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(audit.map((e) => e.outcome)).toEqual(['done', 'undone', 'refused']);
    expect(audit[0]).toMatchObject({ actor: ALICE, action: 'remove', id: 'harbour' });
  });

  it('answers from an article while its removal is checked, so a refused removal is never seen', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR });
    folders.push(dir);
    const { build, started, finish } = heldBuild();
    const live = await openLiveEngine({ corpusDir: dir, watch: false, build });
    opened.push(live);
    const refused = new CorpusAdmin(live).remove('harbour', ALICE).catch((error: Error) => error);
    await started;
    expect(live.sources().map((s) => s.id)).toEqual(['harbour']);
    expect(live.ask(BRIDGE_QUESTION).passages[0]?.source.id).toBe('harbour');
    finish();
    expect(await refused).toBeInstanceOf(CorpusChangeError);
    expect(live.sources().map((s) => s.id)).toEqual(['harbour']);
    expect(live.status().withheld).toBe(0);
  });

  it('keeps a removed article answering until the index without it is in use', async () => {
    const dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
    folders.push(dir);
    const { build, started, finish } = heldBuild();
    const live = await openLiveEngine({ corpusDir: dir, watch: false, build });
    opened.push(live);
    const removed = new CorpusAdmin(live).remove('harbour', ALICE);
    await started;
    expect(live.sources().map((s) => s.id)).toEqual(['harbour', 'orchard']);
    finish();
    expect((await removed).info?.articles).toBe(1);
    expect(live.sources().map((s) => s.id)).toEqual(['orchard']);
  });
});
