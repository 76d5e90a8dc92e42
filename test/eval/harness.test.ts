import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { parseEvalArgs } from './args.js';
import { parseSet } from './sets.js';
import { openSystems, type OpenedSystems } from './systems.js';

describe('parseSet', () => {
  it('reads answers as string lists or with files; a question-level files applies to the rest', () => {
    const questions = parseSet(
      JSON.stringify({
        $comment: 'ignored',
        questions: [
          {
            question: 'cost?',
            answers: [['$218 million'], { all: ['$212m'], files: ['b.txt'] }],
            files: ['a.txt'],
          },
          { question: 'who?', answers: [['Mayor']], kind: 'who' },
          { question: 'moon?', answerable: false },
        ],
      }),
      'x.json',
    );
    expect(questions).toEqual([
      {
        question: 'cost?',
        answers: [
          { all: ['$218 million'], files: ['a.txt'] },
          { all: ['$212m'], files: ['b.txt'] },
        ],
        kind: undefined,
      },
      { question: 'who?', answers: [{ all: ['Mayor'] }], kind: 'who' },
      { question: 'moon?', answerable: false, kind: undefined },
    ]);
  });

  it('names the file and the entry at fault', () => {
    expect(() =>
      parseSet('{"questions": [{"question": "q", "answers": []}]}', 'sets/x.json'),
    ).toThrow(/sets\/x\.json: questions\.0/);
    expect(() => parseSet('{', 'sets/x.json')).toThrow(/sets\/x\.json is not JSON/);
    expect(() => parseSet('{"questions": [\n  {"question": "q",}\n]}', 'sets/x.json')).toThrow(
      'eval: sets/x.json is not JSON: Expected double-quoted property name at line 2, column 20',
    );
  });
});

describe('parseEvalArgs', () => {
  it('defaults to every set, both parts, a table', () => {
    expect(parseEvalArgs([])).toEqual({
      sets: [],
      split: 'all',
      verbose: false,
      json: false,
      pairs: false,
      help: false,
    });
  });

  it('scores the pairs alone with --pairs, which takes no --set', () => {
    expect(parseEvalArgs(['--pairs', '--split', 'dev']).pairs).toBe(true);
    expect(() => parseEvalArgs(['--pairs', '--set', 'bundled'])).toThrow(/takes no --set/);
  });

  it('takes sets repeated or comma-separated and refuses unknown ones', () => {
    expect(parseEvalArgs(['--set', 'bundled,news', '--set', 'sotu']).sets).toEqual([
      'bundled',
      'news',
      'sotu',
    ]);
    expect(() => parseEvalArgs(['--set', 'nope'])).toThrow(/unknown set "nope"/);
    expect(() => parseEvalArgs(['--split', 'train'])).toThrow(/--split must be dev, test or all/);
    expect(() => parseEvalArgs(['--fast'])).toThrow(/usage/);
  });

  it('refuses to list misses of the test parts', () => {
    expect(() => parseEvalArgs(['--split', 'test', '--verbose'])).toThrow(/development parts only/);
    expect(parseEvalArgs(['--split', 'dev', '-v']).verbose).toBe(true);
  });
});

describe('openSystems', () => {
  let folder: string;
  let opened: OpenedSystems;
  beforeAll(async () => {
    folder = await writePlainCorpus({
      'courier.txt':
        'Council backs barrier\n\nThe city council approved a tidal barrier on Tuesday. ' +
        'The barrier will cost $212 million.\n',
      'wire.txt':
        'Fishers object\n\nLocal fishers said the works would damage the oyster beds. ' +
        'They plan a protest at the harbour.\n',
    });
    opened = await openSystems(folder);
  });
  afterAll(() => removeFolder(folder));

  it('runs the engine and both baselines on the same corpus, naming the source file of each quote', () => {
    expect(opened.systems.map((s) => s.name)).toEqual(['engine', 'plain lunr', 'MiniSearch']);
    expect(opened.files.sort()).toEqual(['courier.txt', 'wire.txt']);
    for (const system of opened.systems) {
      const answer = system.answer('oyster beds damage fishers');
      expect(answer.answered, system.name).toBe(true);
      expect(answer.passages[0]?.[0]?.file, system.name).toBe('wire.txt');
      expect(answer.passages[0]?.[0]?.text, system.name).toContain('oyster beds');
      expect(answer.passages.length, system.name).toBeLessThanOrEqual(3);
    }
  });

  it('lets a baseline refuse only when nothing matches', () => {
    const [, lunr, mini] = opened.systems;
    expect(lunr!.answer('zeppelin').answered).toBe(false);
    expect(mini!.answer('zeppelin').answered).toBe(false);
  });
});
