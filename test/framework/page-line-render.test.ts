/** Page lines and "not stated" notes as every front end shows them: labelled, and within Discord's limits. */
import { describe, expect, it } from 'vitest';
import { formatAnswer, answerJson } from '../../src/cli/format-answer.js';
import { renderText } from '../../src/console/render-text.js';
import type { Answer, AnswerPassage } from '../../src/engine/types.js';
import { checkPayloadLimits } from '../../src/framework/check-limits.js';
import { renderAnswer, renderFullPassage } from '../../src/framework/render/answer.js';
import { hostileText, passage, source } from '../support/fake-engine.js';
import { notStatedTitle } from '../../src/framework/render/page-line.js';

function answerWith(passages: AnswerPassage[], over: Partial<Answer> = {}): Answer {
  return {
    question: 'who took the photo?',
    answered: true,
    passages,
    closest: [],
    sourcesDiffer: [],
    ...over,
  };
}

const caption: AnswerPassage = {
  ...passage('Mayor Lena Ito cuts the ribbon. Jan Berg/Kestrel Courier', source('gate')),
  page: { kind: 'caption', label: 'photo caption', line: 0 },
};
const body = passage('The gate protects four hundred homes.', source('gate'));

describe('a page line quoted as a passage', () => {
  it('is labelled as what it is above its title; a body passage is not', () => {
    const payload = renderAnswer(answerWith([caption, body]), { page: 0, perPage: 3 });
    expect(payload.embeds?.[0]?.author?.name).toBe('From the page: photo caption');
    expect(payload.embeds?.[1]?.author).toBeUndefined();
    expect(renderFullPassage(caption, 0, true).embeds?.[0]?.author?.name).toBe(
      'From the page: photo caption',
    );
  });

  it('shows its label on the console and the command line, and in the JSON', () => {
    const answer = answerWith([caption]);
    expect(renderText(renderAnswer(answer, { page: 0, perPage: 3 })).text).toContain(
      'From the page: photo caption',
    );
    expect(formatAnswer(answer)).toContain('(From the page: photo caption)');
    expect(JSON.stringify(answerJson(answer))).toContain('"page":{"kind":"caption"');
  });

  it('stays within Discord’s limits with the longest, most hostile line', () => {
    const long: AnswerPassage = {
      ...passage(hostileText(5_000), source('x', { title: hostileText(400) })),
      page: { kind: 'credits', label: 'staff credits', line: 0 },
    };
    for (const results of [1, 3, 5]) {
      const payload = renderAnswer(answerWith(Array(results).fill(long)), { page: 0, perPage: 5 });
      expect(checkPayloadLimits(payload)).toEqual([]);
    }
  });
});

describe('an article that states no author or date', () => {
  const notStated = (title: string): Answer =>
    answerWith([], {
      question: 'who wrote the library story?',
      answered: false,
      notStated: [
        { source: source('lib', { title }), asks: 'author', metadata: null },
        { source: source('gate', { title: 'Gate opens' }), asks: 'date', metadata: '2021-03-05' },
      ],
    });

  it('is said as such, in place of a refusal, with the metadata’s value when it gives one', () => {
    const payload = renderAnswer(notStated('Library extends hours'), { page: 0, perPage: 3 });
    const embed = payload.embeds?.[0];
    // One article's metadata gives its date: what is missing is a byline or dateline line.
    expect(embed?.title).toBe('No byline or dateline found');
    expect(embed?.description).toContain('“Library extends hours” names no author');
    expect(embed?.description).toContain('metadata gives the publication date: 2021-03-05');
    expect(payload.embeds).toHaveLength(1);
    expect(formatAnswer(notStated('Library extends hours'))).toContain(
      '“Library extends hours” names no author: no byline was found in it, and its metadata gives none.',
    );
  });

  it('is titled "not stated" only when no metadata gives the value either', () => {
    const note = (id: string, asks: 'author' | 'date', metadata: string | null) => ({
      source: source(id, { title: id }),
      asks,
      metadata,
    });
    expect(notStatedTitle([note('a', 'author', null)])).toBe('Not stated in the article');
    expect(notStatedTitle([note('a', 'author', null), note('b', 'date', null)])).toBe(
      'Not stated in the articles',
    );
    expect(notStatedTitle([note('a', 'date', '2021-03-05')])).toBe('No dateline found');
    expect(notStatedTitle([note('a', 'author', 'Ann Lee'), note('b', 'author', null)])).toBe(
      'No byline found',
    );
  });

  it('stays within Discord’s limits with a hostile title', () => {
    const payload = renderAnswer(notStated(hostileText(3_000)), { page: 0, perPage: 3 });
    expect(checkPayloadLimits(payload)).toEqual([]);
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });
});
