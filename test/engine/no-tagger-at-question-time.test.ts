/**
 * A process answering from a saved index never loads wink-nlp's model, even for a question whose
 * passages the same-fact check must tell apart by their events: the index saved each sentence's
 * event words when it was built (search/sentence-events.ts). Each process here is started as in
 * use: one builds the index (`index` command), another answers.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_INDEX_FILE,
  readIndexFile,
  unpackSentences,
  writeIndexFile,
} from '../../src/engine/index-file.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { packOpenings } from '../../src/search/opening-description.js';
import { packSentenceEvents } from '../../src/search/sentence-events.js';
import { articleFolders } from '../support/corpus-fixture.js';

const folders = articleFolders();
afterEach(folders.removeAll);

/** Runs `args` under tsx in a process of its own; its standard output, once it exits with 0. */
async function run(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', CORPUS_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  expect(code, stderr).toBe(0);
  return stdout;
}

interface Asked {
  passages: Array<{ quote: string; also: string[] }>;
  model: string[];
  lexicon: string[];
}

const ask = async (dir: string, question: string) =>
  JSON.parse(await run(['test/support/ask-once.ts', dir, question])) as Asked;

const NEGATION = 'The leaks in the Pellow Dam did not start overnight.';
const REPORT =
  'Boat trips across the Pellow Dam reservoir have been halted after divers found leaks in one of its concrete walls during a routine check on Monday.';

/**
 * A corpus of two articles, one holding `negation` and the other `report`, indexed by the
 * `index` command; its folder. Checked first: only their events keep the two apart.
 */
async function indexedPair(negation: string, report: string): Promise<string> {
  expect(classifyFacts(negation, report)).toEqual({
    kind: 'different-fact',
    reason: 'different events',
  });
  const dir = await folders.corpusOf({
    'dam-explainer.txt': `Why the Pellow Dam Leaks\n\n${negation}\n\nThe dam was built in 1962.`,
    'dam-news.txt': `Boat Trips Halted\n\n${report}\n\nThe water board will inspect the wall.`,
  });
  await run(['src/cli/bin.ts', 'index', '--corpus', dir]);
  return dir;
}

// Three processes started under tsx; on a machine shared with other work that takes a while.
describe('answering from a saved index', { timeout: 180_000 }, () => {
  it('tells two reports apart by their saved events, without loading wink-nlp', async () => {
    // What the comparison reads of the two, tagged here: only their events keep them apart.
    const dir = await indexedPair(NEGATION, REPORT);
    const question = 'leaks in the Pellow Dam';
    const apart = await ask(dir, question);
    expect(apart.passages).toEqual([
      { quote: NEGATION, also: [] },
      { quote: REPORT, also: [] },
    ]);
    expect(apart.model).toEqual([]);
    // Nor wink-lexicon's lexicon: the tense rules' irregular past forms, derived from it, are
    // saved in the index too (timeline/past-forms.ts).
    expect(apart.lexicon).toEqual([]);

    // The same index with no event words saved: the answer then finds one fact in the two, so
    // the one above read the saved words (and tagged nothing: the model stayed unloaded).
    const file = path.join(dir, DEFAULT_INDEX_FILE);
    const index = (await readIndexFile(file))!;
    const sentences = unpackSentences(index.sentences).map(() => []);
    Object.assign(index.search, packSentenceEvents(sentences));
    await writeIndexFile(file, index);
    const blind = await ask(dir, question);
    expect(blind.passages[0]).toEqual({ quote: NEGATION, also: [REPORT] });
    expect(blind.model).toEqual([]);
  });

  it("groups a date's timeline quotes by their saved events, without loading wink-nlp", async () => {
    // The same two reports, dated to one day: a question about that day is answered by the
    // timeline's quotes, grouped by fact (about-fallback.ts), which reads their events.
    const negation = 'On 3 March 2024 the leaks in the Pellow Dam did not start overnight.';
    const report =
      'On 3 March 2024 boat trips across the Pellow Dam reservoir were halted after divers found leaks in one of its concrete walls during a routine check.';
    const dir = await indexedPair(negation, report);
    const dated = await ask(dir, 'What happened on 3 March 2024?');
    expect(dated.passages).toEqual([
      { quote: negation, also: [] },
      { quote: report, also: [] },
    ]);
    expect(dated.model).toEqual([]);
  });

  it('reads a later reference from the saved opening descriptions, without the lexicon', async () => {
    // "The minister" stands for the person named a paragraph before (later-references.ts): its
    // head and kind were read at build (opening-description.ts), not from the lexicon here.
    const dir = await folders.corpusOf({
      'coal.txt':
        'Coal Plant to Close\n\nEnergy minister Tomas Hollin announced on Tuesday that the Brenn coal plant will close.\n\nThe closure will cost 600 jobs in the valley. The minister promised retraining grants for every worker.\n\nUnions called the plan rushed.',
    });
    await run(['src/cli/bin.ts', 'index', '--corpus', dir]);
    const question = 'what did Tomas Hollin promise?';
    const asked = await ask(dir, question);
    expect(asked.passages[0]?.quote).toContain('Energy minister Tomas Hollin');
    expect(asked.passages[0]?.quote).toContain('retraining grants');
    expect(asked.lexicon).toEqual([]);
    expect(asked.model).toEqual([]);

    // The same index with no opening description saved: no later reference is read, so no quote
    // joins the two sentences across the paragraph break; the one above read the saved codes.
    const file = path.join(dir, DEFAULT_INDEX_FILE);
    const index = (await readIndexFile(file))!;
    index.search.openingDescriptions = packOpenings([]);
    await writeIndexFile(file, index);
    const blind = await ask(dir, question);
    expect(blind.passages.length).toBeGreaterThan(0);
    for (const passage of blind.passages)
      expect(passage.quote.includes('Tomas Hollin') && passage.quote.includes('retraining')).toBe(
        false,
      );
    expect(blind.lexicon).toEqual([]);
  });

  it("reads a participle's premodified noun without loading wink-lexicon's lexicon", async () => {
    // "When were the elderly and disabled residents moved?" asks what happened: its tense is
    // read (past-occurrence.ts), and "disabled" after "elderly and" is told an adjective of
    // "residents" by the lexicon's reading of "elderly", saved with the index (adjectives.ts).
    const dir = await folders.corpusOf({
      'care-home.txt':
        'Care Home Closes\n\nThe elderly and disabled residents were moved to Harwell House on 4 May 2024.',
    });
    await run(['src/cli/bin.ts', 'index', '--corpus', dir]);
    const moved = await ask(dir, 'When were the elderly and disabled residents moved?');
    expect(moved.passages[0]?.quote).toContain('Harwell House');
    expect(moved.lexicon).toEqual([]);
  });
});
