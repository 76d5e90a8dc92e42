import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isPlayerBar } from '../../src/corpus/player-bar.js';
import { parseWireDateline } from '../../src/corpus/wire-dateline.js';

const HEADLINE = 'Harbour ferry cut to three sailings a day';
const STORY =
  'The ferry between Wexmoor and Holt Island will run three times a day from Monday, the operator said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('a station’s player bar', () => {
  it.each([
    'ON AIR NOW – Breakfast with Dan Whitcombe, 6am–10am. Listen live',
    'ON AIR NOW — The Late Show with Priya Nair',
    'NOW PLAYING: Drivetime with Sam Oduya | 4pm–7pm',
    'Listen live',
    'UP NEXT - The Farming Hour',
  ])('is furniture, never a wire dateline: "%s"', (bar) => {
    expect(isPlayerBar(bar)).toBe(true);
    for (const raw of [article(HEADLINE, bar, STORY), article(bar, HEADLINE, STORY)]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.text).toBe(article(HEADLINE, STORY));
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.dropped).toContainEqual({ line: bar, reason: 'navigation' });
      expect(cleaned.dropped.map(({ reason }) => reason)).not.toContain('wire dateline');
    }
  });

  it.each([
    'Listen live, the presenter told callers on Monday.',
    'Now playing – a film about the strike',
    'On air now for 40 years, the show has outlived three owners.',
  ])('leaves a sentence or a heading in sentence case alone: "%s"', (line) => {
    expect(isPlayerBar(line)).toBe(false);
  });
});

describe('a label in capitals before a dash is no dateline', () => {
  it.each([
    // What follows is a heading's words, not the story's first sentence.
    'CASTLEBRIDGE — The Late Show with Priya Nair',
    'WEEKEND — Markets and fairs across the county',
    // A label of what the page does, whatever follows.
    'ON AIR NOW – The council voted on Monday to cut the ferry service.',
    'UPDATE — The council will vote again next week.',
    'BREAKING NEWS – The harbour wall has collapsed, police said.',
    'LIVE — Ministers are meeting in the town hall this morning.',
    'WATCH: The moment the harbour wall gave way.',
  ])('"%s"', (paragraph) => {
    expect(parseWireDateline(paragraph)).toBeNull();
  });

  it('still reads a dateline whose sentence is hard-wrapped over lines', () => {
    const opening = 'MARROWICK — The council voted on Wednesday to sell';
    const raw = article(HEADLINE, `${opening}\nthe old ferry terminal to a developer.`);
    const cleaned = cleanArticle(raw);
    expect(cleaned.text).toBe(
      article(
        HEADLINE,
        'The council voted on Wednesday to sell the old ferry terminal to a developer.',
      ),
    );
    expect(cleaned.dropped).toContainEqual({ line: 'MARROWICK', reason: 'wire dateline' });
    // The line alone, without the paragraph it opens, is a heading's length: not read.
    expect(parseWireDateline(opening)).toBeNull();
    expect(parseWireDateline(opening, raw)?.dateline).toBe('MARROWICK');
  });
});
