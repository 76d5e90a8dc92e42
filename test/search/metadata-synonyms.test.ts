/**
 * The corpus's vocabulary is its text and its metadata: a question's word that WordNet gives as
 * a synonym of a name only the metadata carries ("Ike" of "Dwight D. Eisenhower", who only the
 * titles name) names that source, as initials do (initials.test.ts). Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { engineOver, firstArticleId, speech, UNRELATED_SPEECHES } from './fixtures.js';

// Two speakers on the same dams; the one asked about is second in the corpus, so a question
// that does not know who "Ike" is gets the other's passage first.
const SPEECHES = [
  speech(
    'hoover',
    'Annual message, 1931 (Herbert Hoover)',
    '1931',
    'New dams on the river must wait.',
  ),
  speech(
    'eisenhower',
    'Annual message, 1955 (Dwight D. Eisenhower)',
    '1955',
    'New dams on the river will bring power to farms.',
  ),
  ...UNRELATED_SPEECHES,
];

describe('the synonym table over the text’s and the metadata’s words', () => {
  it('lets a word the text never uses reach a metadata word, and a word it uses only the text', () => {
    const table = new Map(
      corpusSynonymTable(new Set(['send', 'mail']), undefined, new Set(['post', 'eisenhow'])),
    );
    expect(table.get('ik')).toContain('eisenhow');
    // "send" is the text's word: its synonyms are read there, not in an outlet's "Post".
    expect(table.get('send')).toContain('mail');
    expect(table.get('send')).not.toContain('post');
  });
});

describe('a question naming its source by a WordNet synonym of a metadata name', () => {
  it('is answered from the named speaker’s article', () => {
    const opened = engineOver(...SPEECHES);
    const first = (question: string) => firstArticleId(opened, question);
    expect(first('what did ike say about new dams on the river')).toBe('eisenhower');
    // Without the name, the same question is ordered by the text alone.
    expect(first('what did he say about new dams on the river')).toBe('hoover');
  });

  it('drops the word from the content once it named the source', () => {
    const { index } = engineOver(...SPEECHES);
    const plan = index.rank("In Ike's speech, what about dams?").plan;
    expect(plan.concepts.map((concept) => concept.label)).toEqual(['dams']);
  });

  it('leaves a word the corpus’s text uses alone, though WordNet links it to a metadata name', () => {
    const { index } = engineOver(
      ...SPEECHES,
      speech('e', 'Notes', '2005', 'The Ike diner on the river closed in 1955.'),
    );
    const plan = index.rank('when did the ike diner close').plan;
    // Still its WordNet synonym, as any word's, but not the name that picks the source.
    expect(plan.sources.articles.size).toBe(0);
    const ike = plan.concepts.find((concept) => concept.label === 'ike');
    expect(ike?.alternatives.filter((a) => a.kind === 'alias')).toEqual([]);
  });

  it('leaves an everyday word the text never uses, though WordNet links it to an outlet’s name', () => {
    // "send" shares a sense with "post" ("mail, post, send"), a word of "Estuary Post".
    const { index } = engineOver(
      ...SPEECHES,
      {
        id: 'post',
        title: 'Barrier gates open',
        outlet: 'Estuary Post',
        published: '2021-09-01',
        paragraphs: [['The barrier gates opened on Monday after a memo from the engineer.']],
      },
      {
        id: 'wire',
        title: 'Engineer warned of piles',
        outlet: 'Coastline Wire',
        published: '2021-08-02',
        paragraphs: [['The engineer wrote a memo about the piles in August.']],
      },
    );
    const plan = index.rank('when did the engineer send her memo').plan;
    expect(plan.sources.articles.size).toBe(0);
  });
});
