import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Answer } from '../../src/engine/types.js';
import { contextSentence } from '../../src/search/features.js';
import { searchCorpus } from './fixtures.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

// An invented article whose second paragraph opens with a description ("The route will …")
// right after a paragraph ending in a year: the shape that once joined two paragraphs.
const FIRST = [
  'About 400 boats are expected, regatta secretary Nils Berg said.',
  'The last regatta, in 2018, drew 310 boats.',
];
const SECOND = [
  'The route will pass under the Mill Lane bridge, which is now closed for painting, Berg said.',
  'If the bridge is still closed, the boats will start further downstream.',
];
const OTHER =
  'The Mill Lane bridge will reopen on June 2 after painting, the county roads office said.';

const FILES: Record<string, Record<string, string>> = {
  txt: {
    'regatta.txt': `Regatta returns to the river\n\n${FIRST.join(' ')}\n\n${SECOND.join(' ')}\n`,
    'roads.txt': `Roads office update\n\n${OTHER}\n`,
  },
  md: {
    'regatta.md': `# Regatta returns to the river\n\n${FIRST.join(' ')}\n\n${SECOND.join(' ')}\n`,
    'roads.md': `# Roads office update\n\n${OTHER}\n`,
  },
  html: {
    'regatta.html': `<html><head><title>Regatta returns to the river</title></head><body><article><h1>Regatta returns to the river</h1><p>${FIRST.join(' ')}</p><p>${SECOND.join(' ')}</p></article></body></html>`,
    'roads.html': `<html><head><title>Roads office update</title></head><body><article><h1>Roads office update</h1><p>${OTHER}</p></article></body></html>`,
  },
};

const QUESTIONS = [
  'When will the Mill Lane bridge reopen?',
  'When did the last regatta take place?',
  'What will the route pass under?',
  'How many boats did the last regatta draw?',
];

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => removeFolder(f))));

function allQuotes(answer: Answer) {
  return [...answer.passages, ...answer.closest].flatMap((p) => [p, ...p.alsoReportedBy]);
}

describe.each(Object.keys(FILES))('a quote never holds a paragraph break (.%s)', (format) => {
  it('quotes a sentence opening its paragraph without the paragraph before', async () => {
    const folder = await writePlainCorpus(FILES[format] as Record<string, string>);
    folders.push(folder);
    const engine = await openEngine({
      corpusDir: folder,
      indexPath: path.join(folder, 'index.json'),
    });
    for (const question of QUESTIONS) {
      for (const quote of allQuotes(engine.ask(question, { limit: 5 })))
        expect(quote.quote, question).not.toMatch(/\n\s*\n/);
    }
    const route = allQuotes(engine.ask('When will the Mill Lane bridge reopen?', { limit: 5 }));
    const shown = route.find((q) => q.quote.includes('Mill Lane bridge, which is now closed'));
    expect(shown?.quote.startsWith('The route will pass')).toBe(true);
    // The first engine reads WordNet, which takes a while on a loaded machine.
  }, 120_000);
});

describe('the sentence a sentence leans on', () => {
  const corpus = searchCorpus({
    published: null,
    paragraphs: [
      FIRST,
      SECOND,
      ['Mayor Ada Lind opened the quay.', 'The 52-year-old has led the council since 2015.'],
    ],
  });
  const article = corpus.articles[0];
  const textOf = (s: number) => {
    const sentence = corpus.sentences[s];
    return sentence && article ? article.text.slice(sentence.start, sentence.end) : '';
  };

  it('is never in the paragraph before', () => {
    expect(textOf(2)).toBe(SECOND[0]);
    expect(contextSentence(corpus.sentences, textOf, 2)).toBeNull();
  });

  it('is the sentence before in the same paragraph', () => {
    expect(textOf(5)).toBe('The 52-year-old has led the council since 2015.');
    expect(contextSentence(corpus.sentences, textOf, 5)).toBe(4);
  });
});
