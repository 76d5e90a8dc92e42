import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const article = (...blocks: string[]) => blocks.join('\n\n');
const SLOGAN = 'News from Tarnby and the valley';
const HEADLINE = 'Hall vote backs orchard, but asks for parking';
const STORY =
  'About 80 people came to Tarnby village hall to hear how the orchard in the valley would be run.';
const SIGNED = 'Tarnby Lantern is written by volunteers.';

describe('a name over a slogan the page names again: a nameplate', () => {
  it('is never the title, its slogan however many words the story shares: the next heading is', () => {
    const cleaned = cleanArticle(article('Tarnby Lantern', SLOGAN, HEADLINE, STORY, SIGNED));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.outletCandidate).toBe('Tarnby Lantern');
    expect(cleaned.dropped).toContainEqual({ line: SLOGAN, reason: 'masthead' });
    expect(cleaned.dropped).toContainEqual({ line: 'Tarnby Lantern', reason: 'masthead' });
    expect(cleaned.text.startsWith(HEADLINE)).toBe(true);
    const markdown = extractMarkdown(
      article('# Tarnby Lantern', `_${SLOGAN}_`, `## ${HEADLINE}`, STORY, SIGNED),
    );
    expect(markdown.stated.title).toBeUndefined();
  });

  it('leaves a first heading the page does not name again its title', () => {
    const markdown = extractMarkdown(
      article('# Orchard Plan Approved', `_${SLOGAN}_`, `## ${HEADLINE}`, STORY, SIGNED),
    );
    expect(markdown.stated.title).toBe('Orchard Plan Approved');
  });
});

describe('a newsroom’s appeal for stories closing the text', () => {
  it('is a note to readers, what the line says before it kept', () => {
    const appeal = 'Got a story? Email news@tarnbylantern.example';
    const cleaned = cleanArticle(article(HEADLINE, STORY, `${SIGNED} ${appeal}`));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, SIGNED));
    expect(cleaned.dropped).toContainEqual({ line: appeal, reason: 'note to readers' });
  });

  it('is no sentence reporting one', () => {
    const reported = 'The paper asked readers who had a story to email news@tarnbylantern.example.';
    expect(cleanArticle(article(HEADLINE, STORY, reported)).text).toContain(reported);
  });
});
