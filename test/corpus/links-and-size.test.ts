/**
 * Files a corpus folder holds that are not read: symbolic links that lead to no file (nowhere, a
 * loop, a folder, which may lead back into the corpus) and files over the size limit. Each is
 * a problem naming its file, never skipped silently; the rest of the folder is read.
 */
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readCorpusFiles, tooLarge } from '../../src/corpus/files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const STORY = 'Ferry Fares to Rise\n\nFerry fares will rise by 6% in April, the operator said.\n';

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
  await mkdir(path.join(folder, 'desk'));
  await writeFile(path.join(folder, 'ferry.txt'), STORY);
  await symlink('ferry.txt', path.join(folder, 'ferry-copy.txt')); // a file: read
  await symlink('gone.txt', path.join(folder, 'dangling.txt')); // leads nowhere
  await symlink('loop-b.txt', path.join(folder, 'loop-a.txt')); // a → b → a
  await symlink('loop-a.txt', path.join(folder, 'loop-b.txt'));
  await symlink('..', path.join(folder, 'desk', 'up')); // a folder, leading back up
  // Sparse: the size of a file far over the limit, with no disk used.
  await writeFile(path.join(folder, 'huge.txt'), '');
  await truncate(path.join(folder, 'huge.txt'), 10 * MAX_ARTICLE_BYTES);
});
afterAll(() => removeFolder(folder));

describe('a corpus folder with links and an oversized file', () => {
  it('reads the file a link leads to and lists every other link and the large file, with why', async () => {
    const files = await readCorpusFiles(folder);
    expect(files.articles.map((a) => a.file)).toEqual(['ferry-copy.txt', 'ferry.txt']);
    const unread = Object.fromEntries(files.unread.map((p) => [p.file, p.message]));
    expect(Object.keys(unread).sort()).toEqual([
      'dangling.txt',
      'desk/up',
      'huge.txt',
      'loop-a.txt',
      'loop-b.txt',
    ]);
    expect(unread['dangling.txt']).toMatch(/^is a symbolic link to a file that does not exist/);
    expect(unread['loop-a.txt']).toMatch(/^is a symbolic link that loops/);
    expect(unread['desk/up']).toMatch(/^is a symbolic link to a folder, which is not followed/);
    expect(unread['huge.txt']).toBe(tooLarge(10 * MAX_ARTICLE_BYTES, false));
  });

  it('still loads the articles it can read', async () => {
    const corpus = await loadCorpus(folder);
    expect(corpus.articles.map((a) => a.meta.file)).toEqual(['ferry-copy.txt', 'ferry.txt']);
  });
});

describe('tooLarge', () => {
  it('tells the size and the limit in MiB and bytes', () => {
    expect(tooLarge(52_428_829, false)).toBe(
      'is 50.0 MiB (52428829 bytes); the limit for an article is 5 MiB (5242880 bytes): it is not read',
    );
    expect(tooLarge(6 * 1024 * 1024, true)).toMatch(/the limit for an article file or a feed is/);
  });
});
