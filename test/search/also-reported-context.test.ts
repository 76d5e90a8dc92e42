/**
 * "Also reported by" for a fact told in a passage's other sentence, not its main one
 * (src/search/select/join-window.ts): a radio report's lead names the pit and its next sentence
 * says the workers were safe; a press release's second sentence leans on its first. Invented
 * articles: a press release of Wednesday 4 March 2026 ("today") and a radio report of the next
 * day ("yesterday"); the near miss is the same radio report saying "on Monday" (2 March).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const MUSEUM = frontMatterArticle(
  'New gallery',
  'Valley Echo',
  '2026-02-10',
  'The county museum opened a new gallery on Saturday. Visitors queued for an hour.',
);

const release = (second: string) =>
  frontMatterArticle(
    'Kellow workers safe',
    'Harbour Mining',
    '2026-03-04',
    `Harbour Mining today confirmed that all 14 workers trapped by a roof fall at the Kellow pit were safe. ${second}\n\nChief executive Ann Rowe thanked the rescue teams.`,
  );

/** Each passage's source with the sources of its "also reported by", passages and closest. */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('a fact told in the context sentence of the later passage', () => {
  const engine = suiteEngine({
    'release.md': release('The workers were brought to the surface shortly before noon.'),
    'radio.md': frontMatterArticle(
      'Night at the pit',
      'Radio North',
      '2026-03-05',
      'Rescue teams worked through the night at the Kellow pit in north Wales. Harbour Mining confirmed yesterday that the 14 workers were safe.\n\nThe union called for an inquiry into the roof fall.',
    ),
    'museum.md': MUSEUM,
  });

  it('shows the radio report under the release, not as a passage of its own', () => {
    const answer = engine.ask('Were the 14 workers at the Kellow pit safe?');
    expect(links(answer)[0]).toEqual(['release', ['radio']]);
    expect(answer.passages[0]?.alsoReportedBy[0]?.quote).toContain(
      'Harbour Mining confirmed yesterday that the 14 workers were safe.',
    );
    expect(answer.passages.map((p) => p.source.id)).not.toContain('radio');
  }, 120_000);
});

describe('a fact told in the context sentence of the first passage', () => {
  const engine = suiteEngine({
    'release.md': release(
      'They were brought to the surface shortly before noon, the company said.',
    ),
    'radio.md': frontMatterArticle(
      'Kellow pit',
      'Radio North',
      '2026-03-05',
      'Harbour Mining confirmed yesterday that the 14 workers trapped at the Kellow pit were safe. Families had gathered at the gates since Monday.\n\nThe union called for an inquiry into the roof fall.',
    ),
    'museum.md': MUSEUM,
  });

  it('links the radio report to the release whose main sentence is the next one', () => {
    const answer = engine.ask('When were the Kellow workers brought to the surface?');
    expect(links(answer)[0]).toEqual(['release', ['radio']]);
  }, 120_000);
});

describe('another day in the context sentence', () => {
  const engine = suiteEngine({
    'release.md': release('The workers were brought to the surface shortly before noon.'),
    'radio.md': frontMatterArticle(
      'Night at the pit',
      'Radio North',
      '2026-03-05',
      'Rescue teams worked through the night at the Kellow pit in north Wales. Harbour Mining confirmed on Monday that the 14 workers were safe.\n\nThe union called for an inquiry into the roof fall.',
    ),
    'museum.md': MUSEUM,
  });

  it('links nothing: "on Monday" is 2 March, the release\'s "today" 4 March', () => {
    const answer = engine.ask('Were the 14 workers at the Kellow pit safe?');
    expect(links(answer).flatMap(([, also]) => also)).toEqual([]);
    expect(answer.passages.map((p) => p.source.id)).toContain('radio');
  }, 120_000);
});
