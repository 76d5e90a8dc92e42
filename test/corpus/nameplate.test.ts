/**
 * A nameplate at the top of an ordinary page (not an e-mail): the outlet's name with its slogan,
 * on one line or the slogan under the name. Never the headline nor a passage; the name is the
 * outlet only when the page corroborates it. Tiny invented pages; a site's name beside the
 * headline, of the same shape, is still read as before.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { analyseArticle } from '../../src/corpus/load.js';
import type { ArticleFormat } from '../../src/corpus/formats.js';
import { isPaperSlogan } from '../../src/corpus/nameplate.js';

const BODY = [
  'Repairs to the harbour wall at Tarnmouth will start in May, the harbour board said on Tuesday.',
  'The work will close the north quay for six weeks while engineers replace the damaged stones.',
];

function read(format: ArticleFormat, raw: string) {
  const analysis = analyseArticle({ file: `page.${format}`, format, raw });
  return {
    title: analysis.stated.title ?? analysis.headline,
    outlet: analysis.stated.outlet ?? analysis.outlet,
    candidate: analysis.stated.outletCandidate,
    paragraphs: analysis.text.split('\n\n'),
    mastheads: analysis.dropped
      .filter(({ reason }) => reason === 'masthead')
      .map(({ line }) => line),
  };
}

const html = (top: string, foot = '') =>
  `<html><head><title>Harbour wall repairs to start in May</title></head><body><article>
<p>${top}</p><h1>Harbour wall repairs to start in May</h1><p>By Nadia Fenwick</p>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}${foot}</article></body></html>`;

describe('a nameplate at the top of a web page', () => {
  it('drops the name and slogan on one line; the outlet is unknown, not the slogan’s “site name”', () => {
    const page = read('html', html('OSPREY WEEKLY — stories from the estuary'));
    expect(page.paragraphs).toEqual(BODY);
    expect(page.mastheads).toEqual(['OSPREY WEEKLY — stories from the estuary']);
    expect(page.title).toBe('Harbour wall repairs to start in May');
    expect(page.outlet).toBeNull();
    expect(page.candidate).toBe('OSPREY WEEKLY');
  });

  it('takes the name as the outlet when the page corroborates it', () => {
    const page = read(
      'html',
      html('OSPREY WEEKLY — stories from the estuary', '<p>© Osprey Weekly 2026</p>'),
    );
    expect(page.outlet).toBe('Osprey Weekly');
    expect(page.paragraphs).toEqual(BODY);
  });

  it('never takes a Markdown masthead heading, nor the slogan under it, as the title', () => {
    const page = read(
      'markdown',
      [
        '# OSPREY WEEKLY',
        '*Stories from the estuary, every Friday*',
        '## Harbour wall repairs to start in May',
        'By Nadia Fenwick',
        ...BODY,
      ].join('\n\n'),
    );
    expect(page.title).toBe('Harbour wall repairs to start in May');
    expect(page.mastheads).toEqual(['Stories from the estuary, every Friday']);
    expect(page.paragraphs).not.toContain('Stories from the estuary, every Friday');
    expect(page.outlet).toBeNull();
  });

  it('still reads a site’s name beside the headline, whose words the story uses', () => {
    const cleaned = cleanArticle(
      ['Tarnmouth Gazette — Harbour wall repairs to start in May', ...BODY].join('\n\n'),
    );
    expect(cleaned.headline).toBe('Harbour wall repairs to start in May');
    expect(cleaned.outlet).toBe('Tarnmouth Gazette');
  });

  it('keeps a headline under a masthead, above a second heading, as the headline', () => {
    const cleaned = cleanArticle(
      [
        'TARNMOUTH GAZETTE',
        'Harbour wall repairs to start in May',
        'Quay closed six weeks',
        ...BODY,
      ].join('\n\n'),
    );
    expect(cleaned.headline).toBe('Harbour wall repairs to start in May');
  });
});

describe('a name with no outlet’s word over its slogan at the top of a text', () => {
  const HEADLINE = 'Harbour wall repairs to start in May';

  it.each([
    ['on the line under the name', 'HARBURY ECHO\nYour town, your voice'],
    ['a paragraph apart', 'Harbury Echo\n\nYour town, your voice'],
  ])(
    'set %s: the slogan is dropped, never the title; the name is the unknown outlet',
    (_how, top) => {
      const page = read('text', [top, HEADLINE, 'By Nadia Fenwick', ...BODY].join('\n\n'));
      expect(page.title).toBe(HEADLINE);
      expect(page.mastheads).toEqual(['Your town, your voice']);
      expect(page.outlet).toBeNull();
      expect(page.candidate?.toLowerCase()).toBe('harbury echo');
    },
  );

  it('leaves a heading whose words are not the story’s the title when a byline, not a headline, is under it', () => {
    for (const name of ['Harbury Echo', 'TARNMOUTH GAZETTE']) {
      const page = read(
        'text',
        [name, 'Walls come tumbling', 'By Nadia Fenwick', ...BODY].join('\n\n'),
      );
      expect(page.mastheads, name).toEqual([]);
      expect([page.title, ...page.paragraphs], name).toContain('Walls come tumbling');
    }
  });
});

describe('a paper’s slogan', () => {
  it.each([
    ['stories from the estuary', true],
    ['Stories from the estuary, every Friday', true],
    ['Harbour wall repairs to start in May', false],
  ])('reads %j as the paper’s: %s', (slogan, paper) => {
    expect(isPaperSlogan(slogan, BODY.join(' '))).toBe(paper);
  });
});
