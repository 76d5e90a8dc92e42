import { describe, expect, it, vi } from 'vitest';
import { analyseArticleTagged } from '../../src/corpus/load.js';
import { segmentParagraphs } from '../../src/corpus/segment.js';
import { articleEvents } from '../../src/search/article-events.js';
import { claimEventWords } from '../../src/search/select/fact-predicates.js';
import { WordPacker } from '../../src/text/tagged-words.js';
import { tagWords } from '../../src/timeline/wink.js';

vi.setConfig({ testTimeout: 60_000 });

/** An invented article file: a heading, then paragraphs of several sentences. */
const FILE = {
  file: 'viaduct.txt',
  format: 'text' as const,
  raw: [
    'Viaduct Closed After Engineers Find Cracks',
    'Engineers found cracks in the Orvane Viaduct on Monday. Rail services were suspended until 14 March. Buses will replace trains.',
    'Ana Ruiz, the harbour master, said that the ferry would sail twice a day. The council approved the budget and closed the library.',
    '"We checked every span," the operator said. Residents objected in May.',
  ].join('\n\n'),
};

describe('articleEvents', () => {
  const { analysis, words } = analyseArticleTagged(FILE);
  const sentences = analysis.sentences.map((s) => analysis.text.slice(s.start, s.end));

  it('segments as the untagged read does', () => {
    expect(analysis.sentences).toEqual(segmentParagraphs(analysis.text, analysis.paragraphs));
    expect(sentences.length).toBeGreaterThanOrEqual(8);
  });

  it("gives each sentence the event words of its own read, from its paragraph's one read", () => {
    const expected = sentences.map((text) => [...claimEventWords(text)].sort());
    expect(articleEvents(analysis, words).map((read) => [...read].sort())).toEqual(expected);
    // Tagged alone when the words are not known.
    expect(articleEvents(analysis, null).map((read) => [...read].sort())).toEqual(expected);
    // The heading, the framed sentences and the plain ones all read something.
    expect(expected.filter((read) => read.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it("holds each body sentence's words as tagging it alone gives them", () => {
    const packer = new WordPacker();
    const spans = segmentParagraphs(analysis.text, analysis.paragraphs, packer.add);
    const all: Array<[number, number, string]> = [];
    const { bounds, tags } = packer.pack();
    tags.split(' ').forEach((tag, i) => all.push([bounds[2 * i]!, bounds[2 * i + 1]!, tag]));
    for (const { paragraph, start, end } of spans) {
      if (analysis.paragraphs[paragraph]!.kind === 'heading') continue;
      const inside = all
        .filter(([from, to]) => from >= start && to <= end)
        .map(([from, to, tag]) => ({
          value: analysis.text.slice(from, to),
          tag,
          start: from - start,
          end: to - start,
        }));
      expect(inside).toEqual(tagWords(analysis.text.slice(start, end)));
    }
  });
});
