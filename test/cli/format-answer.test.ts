import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/cli/common.js';
import { answerJson, formatAnswer } from '../../src/cli/format-answer.js';
import type { Answer, SourceRef } from '../../src/engine/types.js';
import { differEmbed, renderAnswer } from '../../src/framework/render/answer.js';
import { differNote } from '../../src/framework/render/differ-note.js';
import { outletAndDate } from '../../src/framework/render/source.js';

const harbour: SourceRef = {
  id: 'harbour-1',
  title: 'Harbour Reopens',
  outlet: 'Coast Post',
  published: '2021-03-04',
  url: 'https://news.example/harbour',
  author: null,
};
const anonymous: SourceRef = {
  id: 'anon',
  title: '',
  outlet: null,
  published: null,
  url: null,
  author: null,
};

const answer: Answer = {
  question: 'When did the harbour reopen?',
  answered: true,
  passages: [
    {
      quote: 'The harbour reopened on Monday.',
      source: harbour,
      start: 10,
      end: 41,
      score: 2.5,
      highlights: [[4, 11]],
      alsoReportedBy: [],
    },
  ],
  closest: [],
  sourcesDiffer: [
    {
      aspect: 'date',
      quotes: [
        { quote: 'It reopened on Monday.', source: harbour, start: 50, end: 72 },
        { quote: 'It reopened on Tuesday.', source: anonymous, start: 0, end: 23 },
      ],
    },
  ],
};

describe('the command line names a source as the replies do', () => {
  it('words outlet and date with the same words as a reply, unknowns included', () => {
    expect(describeSource(harbour)).toBe(
      'Harbour Reopens — Coast Post · 4 March 2021 <https://news.example/harbour> [harbour-1]',
    );
    expect(describeSource(anonymous)).toBe(`Untitled article — ${outletAndDate(anonymous)} [anon]`);
    expect(describeSource(anonymous)).toContain('Outlet and date not stated');
    expect(formatAnswer(answer)).toContain('— Harbour Reopens — Coast Post · 4 March 2021');
  });
});

describe('answerJson', () => {
  it('includes where the sources differ, each quote with its source and offsets', () => {
    const json = JSON.parse(JSON.stringify(answerJson(answer))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'question',
      'answered',
      'passages',
      'closest',
      'sourcesDiffer',
    ]);
    expect(json.sourcesDiffer).toEqual([
      {
        aspect: 'date',
        quotes: [
          { quote: 'It reopened on Monday.', source: harbour, start: 50, end: 72 },
          { quote: 'It reopened on Tuesday.', source: anonymous, start: 0, end: 23 },
        ],
      },
    ]);
  });

  it('gives an empty list when the sources agree', () => {
    const agreed = answerJson({ ...answer, sourcesDiffer: [] }) as { sourcesDiffer: unknown[] };
    expect(agreed.sourcesDiffer).toEqual([]);
  });
});

describe('the command line says what a reply says about the coverage', () => {
  it('shows where sources differ, with both quotes and the same note as a reply', () => {
    const text = formatAnswer(answer);
    expect(text).toContain(`Sources differ. ${differNote('date')}`);
    expect(text).toContain('“It reopened on Monday.”');
    expect(text).toContain('“It reopened on Tuesday.”');
    expect(differEmbed(answer.sourcesDiffer[0]!, 2000).description).toContain(differNote('date'));
  });

  it('says nothing of differences when there are none', () => {
    expect(formatAnswer({ ...answer, sourcesDiffer: [] })).not.toContain('Sources differ');
  });
});

describe('formatAnswer refusals', () => {
  const refused = { ...answer, answered: false, passages: [], sourcesDiffer: [] };

  it('with closest passages, claims only that none clearly answers, and marks them as not an answer', () => {
    const text = formatAnswer({ ...refused, closest: answer.passages });
    expect(text).toMatch(
      /^No passage clearly answers this\. The whole coverage was searched\.\n\nClosest passages \(not an answer\):/,
    );
    expect(text).toContain('The harbour reopened on Monday.');
    expect(text).not.toContain('uses the words');
  });

  it("with --source, names what was searched in the words of the bot's reply", () => {
    const closest = { ...refused, closest: answer.passages };
    const reply = renderAnswer(closest, { page: 0, perPage: 3, scope: harbour }).embeds![0]!;
    const text = formatAnswer(closest, harbour);
    expect(text.split('\n')[0]).toBe(
      'No passage of this article clearly answers this. Only the article “Harbour Reopens” was searched.',
    );
    expect(reply.title).toBe('No passage of this article clearly answers this');
    expect(reply.description).toContain('Only the article “Harbour Reopens” was searched.');
    expect(formatAnswer(closest, { outlet: 'Coast Post' }).split('\n')[0]).toBe(
      'No passage of these articles clearly answers this. Only the articles of Coast Post were searched.',
    );
    expect(formatAnswer({ ...refused, closest: [] }, harbour)).toMatch(
      /^No passage of this article uses the words this question asks about\. None of the words this question asks about is in a passage of the article “Harbour Reopens”, /,
    );
  });

  it('without any, says no passage uses the words of the question', () => {
    const text = formatAnswer({ ...refused, closest: [] });
    expect(text).toMatch(
      /^No passage in the coverage uses the words this question asks about\. None of the words this question asks about is in a passage of the coverage, /,
    );
    expect(text).not.toContain('Closest');
  });
});
