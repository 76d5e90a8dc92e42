/**
 * A page question naming a source by its outlet's whole name answers from that source's page
 * alone, even when a word of the name is a word of every story: another source's byline never
 * answers who wrote it. A tiny invented corpus read from files.
 */
import { describe, expect, it } from 'vitest';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const story = (outlet: string, title: string, byline: string, text: string) =>
  // Front matter is YAML: a title holding ": " is quoted.
  [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(outlet)}`,
    '---',
    '',
    byline,
    '',
    text,
  ].join('\n');

const FILES: Record<string, string> = {
  'digest.md': story(
    'Ferry Digest',
    'Ferry fares: what we know',
    'By Rosa Tindle',
    'Ferry fares on the Dunmore crossing will rise by a tenth in May, the operator said.',
  ),
  'radio.md': story(
    'Tarn Radio News',
    'Ferry crews back new rota',
    'By Ivo Lane',
    'Ferry crews on the Dunmore crossing voted for the new rota on Monday.',
  ),
  'post.md': story(
    'Coast Post',
    'Ferry landing repairs finished',
    'By Ana Ruiz',
    'Repairs to the Dunmore ferry landing stage were finished on Friday.',
  ),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

describe('a page question naming its source by the outlet’s whole name', () => {
  it('quotes that source’s byline alone, though the outlet’s word is every story’s', () => {
    const answer = engine.ask('who wrote the Ferry Digest newsletter?');
    const page = answer.passages.filter((passage) => passage.page);
    expect(page.map((passage) => passage.quote)).toEqual(['By Rosa Tindle']);
  });
});
