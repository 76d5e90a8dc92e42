/** The unicode cases: articles and questions normalised the same way (src/text/normalize.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../../src/engine/index.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const CASES = path.resolve('test/corpus/fixtures/cases');
const folders: string[] = [];
afterAll(() => Promise.all(folders.map(removeFolder)));

async function engineFor(name: string): Promise<Engine> {
  const folder = await temporaryFolder();
  folders.push(folder);
  return openEngine({ corpusDir: path.join(CASES, name), indexPath: path.join(folder, 'i.json') });
}

const quotes = (engine: Engine, question: string) =>
  engine.ask(question).passages.map((passage) => passage.quote);

describe('Unicode in articles and questions', () => {
  it('finds a name stored decomposed (NFD) when asked composed (NFC), quoted as stored', async () => {
    const engine = await engineFor('unicode-nfd-article');
    expect(quotes(engine, 'Lukašenka')).toContain(
      'President Lukašenka said the cargo would be rerouted through Russian ports instead.',
    );
    expect(quotes(engine, 'Klaipėda')[0]).toContain('Klaipėda');
  });

  it('answers a decomposed question as it answers the composed one', async () => {
    const engine = await engineFor('unicode-nfd-question');
    const nfd = readFileSync(path.join(CASES, 'unicode-nfd-question/question-nfd.txt'), 'utf8');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const answer = engine.ask(nfd);
    expect(answer.answered).toBe(true);
    expect(answer.passages).toEqual(engine.ask(nfd.normalize('NFC')).passages);
    expect(answer.question).toBe(nfd);
  });

  it('finds words split by soft hyphens, highlights the whole word, and ignores invisible characters typed in a question', async () => {
    const engine = await engineFor('unicode-soft-hyphen');
    const answer = engine.ask('spokesman');
    const passage = answer.passages[0];
    expect(passage?.quote).toBe(
      'A spokesman for the interior ministry said the deployment was temporary.',
    );
    const [start, end] = passage?.highlights[0] ?? [0, 0];
    expect(passage?.quote.slice(start, end)).toBe('spokesman');
    expect(engine.ask('spokes\u00ADman').passages).toEqual(answer.passages);
    expect(quotes(engine, 'Rosg\u200Bvar\u00ADdia\u00A0units')[0]).toContain('Rosgvardia units');
  });
});
