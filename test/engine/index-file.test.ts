import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex, openEngine } from '../../src/engine/index.js';
import { copyOfBundledCorpus, removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { removeTemporaryFiles } from '../../src/engine/atomic-file.js';
import {
  INDEX_FORMAT,
  sweepTemporaryIndexFiles,
  writeIndexFile,
} from '../../src/engine/index-file.js';
import type { IndexFile } from '../../src/engine/index-file.js';
import { readdirSync } from 'node:fs';
import { createLogger } from '../../src/log.js';
import { adjectives } from '../../src/timeline/adjectives.js';
import { nouns } from '../../src/text/nouns.js';
import {
  adjectivalShortPasts,
  basePastForms,
  irregularPastForms,
} from '../../src/timeline/past-forms.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});
async function corpusCopy(): Promise<string> {
  const dir = await copyOfBundledCorpus();
  folders.push(dir);
  return dir;
}

/** A two-article corpus: what the index's life cycle needs, at a fraction of the build time. */
const SMALL = {
  'harbour.txt':
    'Harbour Ferry Approved\n\nThe harbour council approved a ferry line on Tuesday.\n\nThe line will run six times a day.\n',
  'bridge.txt':
    'Bridge Plan Shelved\n\nMarch 3, 2022\n\nThe island bridge plan was shelved again because of its cost.\n',
};
async function smallCorpus(): Promise<string> {
  const dir = await writePlainCorpus(SMALL);
  folders.push(dir);
  return dir;
}

const QUESTIONS = [
  'Who ordered negotiations on the cooperation agreement?',
  'When was the Russian National Guard founded?',
  'What did Joe Biden say?',
  'Lukashenka resignation',
];

describe('the index file', () => {
  it('round-trips: a loaded index answers exactly like the freshly built one', async () => {
    const dir = await corpusCopy();
    const fresh = await openEngine({ corpusDir: dir });
    const loaded = await openEngine({ corpusDir: dir, rebuild: 'never' });
    for (const q of QUESTIONS)
      expect(loaded.ask(q, { limit: 5 })).toEqual(fresh.ask(q, { limit: 5 }));
    expect(loaded.sources()).toEqual(fresh.sources());
    expect(loaded.timeline({ limit: 50 })).toEqual(fresh.timeline({ limit: 50 }));
    // Measured (process.cpuUsage, flaky34): 4.1 s of CPU when this is its process's first build
    // (the WordNet cache, wink-nlp's models, WordNet's verb senses: loaded once per process, and
    // this test usually runs first in its file), 1.2 s after; single-threaded, so about as long
    // on an idle machine. 60 s allows 15 times that: seven sessions' tests on two cores ran it
    // in 31.5 s (load average 25), past the suite's 20 s.
  }, 60_000);

  it('is refused when the corpus changed since it was built', async () => {
    const dir = await smallCorpus();
    await buildIndex({ corpusDir: dir });
    await appendFile(path.join(dir, 'harbour.txt'), '\nA new closing sentence.\n');
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /index: ".*\.coverage-index\.json" is stale \(built from other articles or by other code\); run `npm run index`/,
    );
  });

  it('is rebuilt when stale, and then answers from the changed corpus', async () => {
    const dir = await smallCorpus();
    await buildIndex({ corpusDir: dir });
    await appendFile(path.join(dir, 'harbour.txt'), '\nThe zeppelin parade was cancelled.\n');
    const engine = await openEngine({ corpusDir: dir });
    expect(engine.ask('Why was the zeppelin parade cancelled?').passages[0]?.quote).toBe(
      'The zeppelin parade was cancelled.',
    );
  });

  it('is rebuilt when damaged, and refused with rebuild: never', async () => {
    const dir = await smallCorpus();
    await writeFile(path.join(dir, '.coverage-index.json'), '{"format": "coverage-bot');
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /is not valid JSON; run `npm run index` to rebuild it$/,
    );
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const engine = await openEngine({ corpusDir: dir, logger });
    expect(engine.sources()).toHaveLength(2);
    // The log says what it does (rebuilds), once, and tells the user to do nothing.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warn: index unreadable: rebuilding it from the corpus and replacing the file .*is not valid JSON$/,
    );
    const saved = JSON.parse(await readFile(path.join(dir, '.coverage-index.json'), 'utf8')) as {
      format: string;
    };
    expect(saved.format).toMatch(/^coverage-bot-index\//);
  });

  it.each(['null', '3', '[]'])(
    'refuses valid JSON that is not an object (%s) with an IndexError, and rebuilds it',
    async (json) => {
      const dir = await smallCorpus();
      await writeFile(path.join(dir, '.coverage-index.json'), json);
      await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
        /is not an index file \(its JSON is not an object\); run `npm run index` to rebuild it$/,
      );
      const engine = await openEngine({ corpusDir: dir });
      expect(engine.sources()).toHaveLength(2);
    },
  );

  it('written in the previous layout (synonyms as lists, counts not saved) is rebuilt, never misread', async () => {
    const dir = await smallCorpus();
    const file = path.join(dir, '.coverage-index.json');
    await buildIndex({ corpusDir: dir });
    const fresh = await openEngine({ corpusDir: dir, rebuild: 'never' });
    const current = JSON.parse(await readFile(file, 'utf8')) as IndexFile & {
      search: Record<string, unknown>;
    };
    // As format 11 wrote it, for this very corpus (same hash): what an upgrade finds on disk.
    const { documentFrequency: _df, distinctTerms: _dt, ...search } = current.search;
    const previous = {
      ...current,
      format: 'coverage-bot-index/11',
      search: { ...search, synonyms: [['zeppelin', ['ferri']]], derived: [] },
    };
    await writeFile(file, JSON.stringify(previous));
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      `has format "coverage-bot-index/11", expected "${INDEX_FORMAT}"`,
    );
    // The same layout under the current format's name is damaged, not read as something else.
    await writeFile(file, JSON.stringify({ ...previous, format: current.format }));
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /is damaged: index: the search section is malformed/,
    );
    await writeFile(file, JSON.stringify(previous));
    const rebuilt = await openEngine({ corpusDir: dir });
    const question = 'What did the harbour council approve?';
    expect(rebuilt.ask(question)).toEqual(fresh.ask(question));
    expect(rebuilt.ask(question).passages[0]?.quote).toBe(
      'The harbour council approved a ferry line on Tuesday.',
    );
    const saved = JSON.parse(await readFile(file, 'utf8')) as IndexFile;
    expect(saved.format).toBe(current.format);
    expect(saved.search).toEqual(current.search);
  });

  it('saves the irregular past forms as the tense rules build them, and rebuilds an index without them', async () => {
    const dir = await smallCorpus();
    const file = path.join(dir, '.coverage-index.json');
    await buildIndex({ corpusDir: dir });
    const saved = JSON.parse(await readFile(file, 'utf8')) as IndexFile;
    expect(saved.irregularPast).toEqual([...irregularPastForms()].sort());
    expect(saved.irregularPast).toEqual(expect.arrayContaining(['took', 'fled', 'shot']));
    expect(saved.basePast).toEqual([...basePastForms()].sort());
    expect(saved.basePast).toEqual(expect.arrayContaining(['beat', 'cost', 'upset']));
    expect(saved.adjectivalPast).toEqual([...adjectivalShortPasts()].sort());
    expect(saved.adjectivalPast).toEqual(expect.arrayContaining(['tied', 'used']));
    expect(saved.irregularPlurals).toEqual(expect.arrayContaining(['men', 'children']));
    const { irregularPast: _forms, ...without } = saved;
    await writeFile(file, JSON.stringify(without));
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /is damaged: index: the irregular past forms are not a list of words/,
    );
    await openEngine({ corpusDir: dir });
    expect((JSON.parse(await readFile(file, 'utf8')) as IndexFile).irregularPast).toEqual(
      saved.irregularPast,
    );
  });

  it("saves the premodifier rule's adjectives, and rebuilds an index without them", async () => {
    const dir = await smallCorpus();
    const file = path.join(dir, '.coverage-index.json');
    await buildIndex({ corpusDir: dir });
    const saved = JSON.parse(await readFile(file, 'utf8')) as IndexFile;
    expect(saved.adjectives).toEqual([...adjectives()].sort());
    expect(saved.adjectives).toEqual(expect.arrayContaining(['elderly', 'hot']));
    expect(saved.adjectives).not.toContain('residents');
    const { adjectives: _words, ...without } = saved;
    await writeFile(file, JSON.stringify(without));
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /is damaged: index: the adjectives are not a list of words/,
    );
    await openEngine({ corpusDir: dir });
    expect((JSON.parse(await readFile(file, 'utf8')) as IndexFile).adjectives).toEqual(
      saved.adjectives,
    );
  });

  it('saves the words read as usually nouns, and rebuilds an index without them', async () => {
    const dir = await smallCorpus();
    const file = path.join(dir, '.coverage-index.json');
    await buildIndex({ corpusDir: dir });
    const saved = JSON.parse(await readFile(file, 'utf8')) as IndexFile;
    expect(saved.nouns).toEqual([...nouns()].sort());
    expect(saved.nouns).toEqual(expect.arrayContaining(['guys', 'minister', 'border']));
    expect(saved.nouns).not.toContain('know');
    const { nouns: _words, ...without } = saved;
    await writeFile(file, JSON.stringify(without));
    await expect(openEngine({ corpusDir: dir, rebuild: 'never' })).rejects.toThrow(
      /is damaged: index: the nouns are not a list of words/,
    );
    await openEngine({ corpusDir: dir });
    expect((JSON.parse(await readFile(file, 'utf8')) as IndexFile).nouns).toEqual(saved.nouns);
  });

  it('leaves no temporary file behind', async () => {
    const dir = await smallCorpus();
    await buildIndex({ corpusDir: dir });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('temporary index files', () => {
  it("sweeps those left by writers that no longer run, and keeps a running writer's", async () => {
    const dir = await writePlainCorpus({ 'a.txt': 'One sentence here.' });
    folders.push(dir);
    const index = path.join(dir, '.coverage-index.json');
    const dead = `.coverage-index.json.${2 ** 22 + 1}.abcdef012345.tmp`;
    const alive = `.coverage-index.json.${process.pid}.abcdef012345.tmp`;
    const other = 'notes.tmp';
    for (const name of [dead, alive, other]) await writeFile(path.join(dir, name), '{');
    expect(await sweepTemporaryIndexFiles(index)).toEqual([dead]);
    expect((await readdir(dir)).sort()).toEqual([alive, 'a.txt', other].sort());
  });

  it('removes the file being written when told to, as on a stop signal; the write then fails cleanly', async () => {
    const dir = await writePlainCorpus({ 'a.txt': 'One sentence here.' });
    folders.push(dir);
    const index = path.join(dir, '.coverage-index.json');
    // Large enough that the write is still under way when the temporary file first shows.
    const contents = { format: 'x', padding: 'y'.repeat(64 * 1024 * 1024) } as unknown as IndexFile;
    const writing = writeIndexFile(index, contents);
    let seen = false;
    while (!seen) {
      await new Promise((resolve) => setImmediate(resolve));
      seen = readdirSync(dir).some((n) => n.endsWith('.tmp'));
    }
    removeTemporaryFiles();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expect(writing).rejects.toThrow(/index: cannot write/);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('leaves none after a write, and a stop-time removal then has nothing to remove', async () => {
    const dir = await writePlainCorpus({ 'a.txt': 'One sentence here.' });
    folders.push(dir);
    await openEngine({ corpusDir: dir });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    removeTemporaryFiles();
    expect((await readdir(dir)).sort()).toEqual(['.coverage-index.json', 'a.txt']);
  });
});
