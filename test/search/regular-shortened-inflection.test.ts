/**
 * A regular past the stemmer cuts below its lemma's term ("died" → "di", "die" → "die": Porter
 * 1980, step 1b) is the question's own word (src/search/search-index.ts, the plan's
 * `inflections`; synonyms.ts `shortenedForm`): "did any child die" finds "No child died."
 * Tiny invented corpus: an outbreak's end, whose one sentence on deaths is a denial.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const OUTBREAK_OVER: SearchFixtureArticle = {
  id: 'outbreak-over',
  title: 'Outbreak declared over',
  outlet: 'Lune Valley Echo',
  published: '2026-04-24',
  paragraphs: [
    ['The health board said the outbreak was over after six weeks with no new case.'],
    ['Forty children caught the virus, and a peak of five were in hospital. No child died.'],
    ['Parents said their children would go back to school on Monday.'],
    ['Every child who had a dose is much less likely to catch it, a nurse said.'],
  ],
};

describe('a question verb whose regular forms stem shorter than it', () => {
  const { engine } = engineOver(OUTBREAK_OVER);

  it('is matched by those forms, so a denial answers a polar question', () => {
    const reply = engine.ask('did any child die');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('No child died.');
  });
});

/** An outbreak's end told by a detective inspector ("DI"), with no word of anyone dying. */
const OUTBREAK_INSPECTOR: SearchFixtureArticle = {
  id: 'outbreak-inspector',
  title: 'Outbreak declared over',
  outlet: 'Lune Valley Echo',
  published: '2026-04-24',
  paragraphs: [
    ['The health board said the outbreak was over after six weeks with no new case.'],
    ['DI Rachel Moore said a child had been taken to hospital as a precaution.'],
    ['Parents said their children would go back to school on Monday.'],
  ],
};

describe('a term the stemmer makes of a name or title ("DI")', () => {
  const { index } = engineOver(OUTBREAK_INSPECTOR);

  it('is no form of the question verb the coverage never writes ("died")', () => {
    const concept = index.rank('did any child die').plan.concepts.find((c) => c.label === 'die');
    expect(concept?.alternatives.flatMap((a) => a.terms)).not.toContain('di');
  });
});

describe("the coverage writing the verb's form after articles with the title only", () => {
  /** An article whose only "di" is the title "DI", named to come before the one with "died". */
  const titled = (n: number): SearchFixtureArticle => ({
    id: `a-inspector-${n}`,
    title: `Inspector's appeal ${n}`,
    outlet: 'Lune Valley Echo',
    published: '2026-04-2' + String(n),
    paragraphs: [[`DI Rachel Moore appealed for witnesses to the break-in number ${n}.`]],
  });
  const { index } = engineOver(titled(1), titled(2), titled(3), titled(4), {
    ...OUTBREAK_OVER,
    id: 'z-outbreak-over',
  });

  it('is found whichever articles hold the term first', () => {
    const concept = index.rank('did any child die').plan.concepts.find((c) => c.label === 'die');
    expect(concept?.alternatives.flatMap((a) => a.terms)).toContain('di');
  });
});
