/**
 * A question that only names an article asks what it says, as "What did Gull Radio report?"
 * asks of an outlet: an untitled article by a word of its id ("what did the letter say?" for
 * `misc/letter`), any article by its kind in its title or id ("the editorial", "the press
 * release"). It is not answered by another article's passage holding the word ("letters from
 * the school"): the article's leading passages answer it (src/engine/article-naming.ts,
 * about-fallback.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  removeFolder,
  temporaryFolder,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  ...UNRELATED_ARTICLES,
  // No headline: every line ends as a sentence does.
  'misc/letter.txt': [
    'I write as a parent of two pupils at Kelby School.',
    'The closure cost my children a term of lessons.',
    'The council owes the pupils a plan.',
  ].join('\n\n'),
  'news/closure.md': frontMatterArticle(
    'Kelby School to close',
    'Bay Courier',
    '2024-05-01',
    'Kelby School will close in July, the council said.\n\nParents were told to expect letters from the school next week.\n\nThe Courier editorial last week called for calm, and a council press release promised a plan.',
  ),
  'opinion/view.md': frontMatterArticle(
    'Editorial: the pupils need a plan',
    'Bay Courier',
    '2024-05-02',
    'The council must say how the pupils will catch up.\n\nParents deserve an answer this month.',
  ),
  'council/notice.md': frontMatterArticle(
    'Press release: Kelby pupils to move to Hill Road',
    'Kelby Council',
    '2024-05-04',
    'Pupils of Kelby School will move to Hill Road School in September.\n\nBuses will run from the old site.',
  ),
  'news/budget.md': frontMatterArticle(
    'Council budget passed',
    'Bay Courier',
    '2024-05-03',
    'The council approved its budget on Friday.\n\nThe budget sets aside money for school repairs.',
  ),
};

let engine: Engine;
let folders: string[];
beforeAll(async () => {
  const corpusDir = await temporaryFolder();
  const indexDir = await temporaryFolder();
  folders = [corpusDir, indexDir];
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(corpusDir, file)), { recursive: true });
    await writeFile(path.join(corpusDir, file), text);
  }
  engine = await openEngine({ corpusDir, indexPath: path.join(indexDir, 'index.json') });
}, 60_000);
afterAll(async () => {
  for (const folder of folders) await removeFolder(folder);
});

const letter = () => engine.sources().find((s) => s.file === 'misc/letter.txt')!;

it('reads the test corpus as meant: the letter is untitled, named by its id only', () => {
  expect(letter().title).toBe('');
  expect(letter().id).toMatch(/letter/);
});

it('"what did the letter say?" gives the letter\'s leading passage, not another article\'s "letters"', () => {
  for (const question of ['what did the letter say?', 'What did the letters say?']) {
    const answer = engine.ask(question);
    expect(answer.answered, question).toBe(true);
    expect(answer.closest, question).toEqual([]);
    expect(
      answer.passages.map((p) => [p.source.id, p.quote]),
      question,
    ).toEqual([
      [letter().id, 'I write as a parent of two pupils at Kelby School.'],
      [letter().id, 'The closure cost my children a term of lessons.'],
      [letter().id, 'The council owes the pupils a plan.'],
    ]);
  }
});

it('asked about more than the letter, the question is searched as before', () => {
  const answer = engine.ask('what did the letter say about the closure?');
  expect(answer.answered).toBe(true);
  expect(answer.passages.map((p) => p.quote).join(' ')).toMatch(/closure/);
});

it("a titled article's id word is what it is about, not its only name: searched as before", () => {
  const answer = engine.ask('what did the budget say?');
  expect(answer.answered).toBe(true);
  expect(answer.passages.map((p) => p.quote).join(' ')).toMatch(/budget/);
});

it('names an article by its kind in its title: "the editorial", "the press release"', () => {
  for (const [question, file] of [
    ['What did the editorial say?', 'opinion/view.md'],
    ['what did the press release say?', 'council/notice.md'],
  ] as const) {
    const answer = engine.ask(question);
    expect(answer.answered, question).toBe(true);
    const source = engine.sources().find((s) => s.file === file)!;
    expect([...new Set(answer.passages.map((p) => p.source.id))], question).toEqual([source.id]);
    expect(answer.passages[0]?.quote, question).not.toMatch(/called for calm/);
  }
  // Asked about more than the article its words name, the question is searched.
  const more = engine.ask('what did the editorial say about parents?');
  expect(more.answered).toBe(true);
  expect(more.passages.map((p) => p.quote).join(' ')).toMatch(/Parents deserve an answer/);
});
