import { copyFile, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDerivedTable, buildSynonymTable } from '../../src/search/synonyms.js';
import {
  cacheText,
  KEPT_WORDNET_CACHES,
  keepRecentCaches,
  loadWordNetRelations,
  wordnetCacheFile,
  type WordNetRelations,
} from '../../src/search/wordnet-cache.js';
import { lemmaSynsets, wordnetSynsets } from '../../src/search/wordnet-relations.js';
import { wordnetLemmasByStem } from '../../src/search/semcor.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

describe('WordNet relations', () => {
  const vocabulary = new Set(['crackdown', 'belaru', 'lead', 'expuls', 'arm', 'weapon']);
  const key = (words: string) => termsOf(words).join(' ');

  it('links derived forms and pertainyms, for multiword lemmas too', () => {
    const derived = new Map(buildDerivedTable(vocabulary));
    expect(derived.get(key('crack down'))).toContain('crackdown');
    expect(derived.get(key('Belarusian'))).toContain('belaru');
    expect(derived.get(key('leader'))).toContain('lead');
    expect(derived.get(key('expel'))).toContain('expuls');
  });

  it('links a derived lemma ending in "-ie" by the term its regular forms stem to', () => {
    // "died" and "dies" stem to "di", "die" to "die" (Porter's "-ied", "-ies" → "-i").
    const derived = new Map(buildDerivedTable(new Set([key('died'), key('death')])));
    expect(key('died')).not.toBe(key('die'));
    expect(derived.get(key('death'))).toContain(key('died'));
    // Not every shorter term: "announced" and "announce" are one term, and "bed" is no "be".
    expect(new Map(buildDerivedTable(new Set(['bed']))).get(key('being')) ?? []).not.toContain(
      'bed',
    );
  });

  it('keeps only relations the corpus can use', () => {
    expect(new Map(buildSynonymTable(vocabulary)).get(key('weapons'))).toEqual(['arm']);
    expect(buildDerivedTable(new Set(['zzqx']))).toEqual([]);
  });

  it('lets a question find a passage in derived words', () => {
    const { engine } = engineOver({
      published: null,
      paragraphs: [
        ['The guild announced the expulsion of three members in May.'],
        ['The harbour opened in April.'],
      ],
    });
    expect(engine.ask('Who did the guild expel?').passages[0]?.quote).toContain('expulsion');
  });
});

describe("WordNet's files read at question time", () => {
  it('are read by one look-up per part of speech and one synset reader, shared by every caller', () => {
    const verbs = lemmaSynsets('verb');
    expect(lemmaSynsets('verb')).toBe(verbs);
    expect(lemmaSynsets('noun')).not.toBe(verbs);
    expect(wordnetSynsets()).toBe(wordnetSynsets());
    // The synsets a look-up gives are the shared reader's: read once, the same objects.
    const [kill] = verbs('kill');
    expect(kill).toBeDefined();
    const [pos, offset] = kill!.causes[0] ?? ['', ''];
    expect(wordnetSynsets()(pos, offset).words).toContain('die');
    const again = wordnetSynsets()(pos, offset);
    expect(wordnetSynsets()(pos, offset)).toBe(again);
    expect(verbs('die').some((synset) => synset === again)).toBe(true);
  });
});

describe('the WordNet cache', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map(removeFolder)));

  it('is named by the WordNet version and the analysis code, beside the other build caches', () => {
    expect(wordnetCacheFile()).toMatch(
      /node_modules\/\.cache\/coverage-bot\/wordnet-[0-9a-f]{16}\.json$/,
    );
  });

  it('has one name for the same sources run from source and from a compiled tree', async () => {
    // A compiled tree keeps each source beside its output (src/cli/launch.js); what the
    // sources compile to differs from them, and must not change the name.
    const tree = await temporaryFolder();
    folders.push(tree);
    const source = path.resolve('src');
    for (const folder of ['search', 'search/plan', 'text']) {
      await mkdir(path.join(tree, folder), { recursive: true });
      for (const name of await readdir(path.join(source, folder)))
        if (name.endsWith('.ts')) {
          await copyFile(path.join(source, folder, name), path.join(tree, folder, name));
          const compiled = name.replace(/\.ts$/, '.js');
          await writeFile(path.join(tree, folder, compiled), `// compiled ${name}\n`);
        }
    }
    const fromSource = wordnetCacheFile();
    expect(fromSource).not.toBeNull();
    expect(wordnetCacheFile(path.join(tree, 'search', 'wordnet-cache.js'))).toBe(fromSource);
    await writeFile(path.join(tree, 'text', 'terms.ts'), '// other code\n');
    expect(wordnetCacheFile(path.join(tree, 'search', 'wordnet-cache.js'))).not.toBe(fromSource);
  });

  it('keeps the most recently used caches only, whatever else the folder holds', async () => {
    const folder = await temporaryFolder();
    folders.push(folder);
    const names = [1, 2, 3, 4, 5].map((n) => `wordnet-${String(n).padStart(16, '0')}.json`);
    for (const [n, name] of names.entries()) {
      await writeFile(path.join(folder, name), '{}');
      const used = new Date(Date.UTC(2026, 0, 1 + n));
      await utimes(path.join(folder, name), used, used);
    }
    await writeFile(path.join(folder, `${names[0]!}.123.tmp`), '');
    await writeFile(path.join(folder, 'other-tool.json'), '{}');
    keepRecentCaches(folder);
    expect(KEPT_WORDNET_CACHES).toBe(3);
    expect((await readdir(folder)).sort()).toEqual(
      [`${names[0]!}.123.tmp`, 'other-tool.json', ...names.slice(2)].sort(),
    );
  });

  it('is read when present, and read again from WordNet and rewritten when damaged', async () => {
    const folder = await temporaryFolder();
    folders.push(folder);
    const file = path.join(folder, 'wordnet-0000000000000001.json');
    const invented: WordNetRelations = {
      synonyms: [['zzqx', [['blorp']]]],
      derived: [],
      inflections: [],
      homographInflections: [],
      lemmas: 'blorp',
      lemmasByStem: [['blorp', ['blorp']]],
      commonStems: ['blorp'],
      adverbials: ['in the blorp'],
    };
    await writeFile(file, cacheText(invented));
    const longAgo = new Date('2026-01-01T00:00:00Z');
    await utimes(file, longAgo, longAgo);
    expect(loadWordNetRelations(file)).toEqual(invented);
    // Read, it counts as recently used (keepRecentCaches).
    expect((await stat(file)).mtimeMs).toBeGreaterThan(longAgo.getTime());

    // The whole cache as one JSON object (an earlier layout) is not this layout.
    await writeFile(file, JSON.stringify(invented));
    // Caches of other code, used one, two and three days before.
    const others = [1, 2, 3].map((days) => {
      const name = path.join(folder, `wordnet-000000000000000${days + 1}.json`);
      return { name, used: new Date(Date.now() - days * 86_400_000) };
    });
    for (const { name, used } of others) {
      await writeFile(name, '{}');
      await utimes(name, used, used);
    }
    const fresh = loadWordNetRelations(file);
    expect(new Map(fresh.derived).get('expel')).toContainEqual(['expuls']);
    expect(fresh.inflections).toContainEqual(['met', 'meet']);
    expect(fresh.homographInflections).toContainEqual(['thieves', 'thief']);
    expect(fresh.lemmas.split('\n')).toContain('price');
    // The lemmas by stem as semcor.ts reads them from WordNet, in the same order: a build reads
    // them from here (cachedLemmasByStem).
    expect(fresh.lemmasByStem).toEqual([...wordnetLemmasByStem()]);
    expect(new Map(fresh.lemmasByStem).get('leav')).toContain('leave');
    // Everyday words by SemCor's counts, saved so a build reads no SemCor.
    expect(fresh.commonStems).toEqual(expect.arrayContaining(['go', 'want', 'keep']));
    expect(fresh.commonStems).not.toContain('zeppelin');
    expect(await readFile(file, 'utf8')).toBe(cacheText(fresh));
    // Read back field by field from its lines, every one as written.
    expect(loadWordNetRelations(file)).toEqual(fresh);
    // The two most recently used caches of other code stay, the oldest goes; nothing
    // half-written is left.
    expect((await readdir(folder)).sort()).toEqual(
      [file, others[0]!.name, others[1]!.name].map((name) => path.basename(name)).sort(),
    );
    // Reading WordNet afresh takes seconds of CPU; a machine shared with other work is slower.
  }, 90_000);

  it('reads a field of the cache when it is first used, and reads afresh when its line is damaged or gone', async () => {
    const folder = await temporaryFolder();
    folders.push(folder);
    const file = path.join(folder, 'wordnet-0000000000000001.json');
    const invented: WordNetRelations = {
      synonyms: [['zzqx', [['blorp']]]],
      derived: [['blorp', [['blorpish']]]],
      inflections: [['blorpt', 'blorp']],
      homographInflections: [],
      lemmas: 'blorp',
      lemmasByStem: [['blorp', ['blorp']]],
      commonStems: ['blorp'],
      adverbials: ['in the blorp'],
    };
    const afresh: WordNetRelations = {
      ...invented,
      derived: [['glimp', [['glimpish']]]],
      lemmas: 'glimp',
    };
    let reads = 0;
    const read = () => {
      reads++;
      return afresh;
    };
    const lines = cacheText(invented).split('\n');
    // `derived` (the second field) damaged, its length kept: the other fields are still the file's.
    lines[2] = `x${lines[2]!.slice(1)}`;
    await writeFile(file, lines.join('\n'));
    const relations = loadWordNetRelations(file, read);
    expect(relations.lemmas).toBe('blorp');
    expect(reads).toBe(0);
    expect(relations.derived).toEqual(afresh.derived);
    expect(relations.synonyms).toEqual(invented.synonyms);
    expect(relations.derived).toBe(relations.derived);
    expect(reads).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(cacheText(afresh));

    // Removed after its header is read (by another checkout's keepRecentCaches): read afresh.
    await writeFile(file, cacheText(invented));
    const removed = loadWordNetRelations(file, read);
    await rm(file);
    expect(removed.lemmas).toBe('glimp');
    expect(reads).toBe(2);

    // The lemmas as an array of strings (the layout before session 60): read afresh.
    const arrayLemmas = { ...invented, lemmas: ['blorp'] } as unknown as WordNetRelations;
    await writeFile(file, cacheText(arrayLemmas));
    const earlier = loadWordNetRelations(file, read);
    expect(earlier.synonyms).toEqual(invented.synonyms);
    expect(earlier.lemmas).toBe('glimp');
    expect(reads).toBe(3);

    // A file cut short or with a line too many is not read at all.
    for (const text of [cacheText(invented).slice(0, -1), `${cacheText(invented)}[]\n`]) {
      await writeFile(file, text);
      expect(loadWordNetRelations(file, read).lemmas).toBe('glimp');
    }
    expect(reads).toBe(5);
  });
});
