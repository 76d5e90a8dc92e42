import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isOutletName } from '../../src/corpus/credit-fields.js';
import { parseReleaseHeading } from '../../src/corpus/press-release.js';

const HEADLINE = 'Wexmoor council opens new library';
const STORY =
  'The new library on Quay Street will open to the public on Saturday, the council said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('a press release’s heading line', () => {
  it.each([
    ['Press release, 12 May 2025', '2025-05-12'],
    ['PRESS RELEASE — 12 May 2025', '2025-05-12'],
    ['News release | March 3, 2025', '2025-03-03'],
    ['Media Release: 3 March 2025, 09:00', '2025-03-03'],
    ['Press release', null],
    ['FOR IMMEDIATE RELEASE', null],
  ])('"%s" gives the publication date %s and is dropped', (line, published) => {
    expect(parseReleaseHeading(line)).toEqual({ published });
    for (const raw of [article(line, HEADLINE, STORY), `${line}\n${HEADLINE}\n\n${STORY}`]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.text).toBe(article(HEADLINE, STORY));
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.dateline).toBe(published);
      // A document's kind names no outlet, though "press" and "news" are news outlets' words.
      expect(cleaned.outlet).toBeNull();
      expect(cleaned.dropped.map(({ line: dropped }) => dropped)).toContain(line);
    }
  });

  it('takes the release date under a "For immediate release" line too', () => {
    const cleaned = cleanArticle(
      article('FOR IMMEDIATE RELEASE\nPress Release – 12 May 2025', HEADLINE, STORY),
    );
    expect(cleaned.dateline).toBe('2025-05-12');
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
  });

  it.each([
    // A sentence mentioning a press release.
    article(
      HEADLINE,
      'The council said in a press release, 12 May 2025, that the library would open.',
    ),
    // Further down, after the story has begun: not the document's heading.
    article(HEADLINE, STORY, 'Press release, 12 May 2025'),
  ])('is not read from a sentence or below the story: %j', (raw) => {
    const cleaned = cleanArticle(raw);
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.text).toBe(raw);
  });

  it('leaves a headline that opens with the kind alone', () => {
    expect(parseReleaseHeading('Press release: council opens new library')).toBeNull();
    expect(parseReleaseHeading('Press releases from the council, 2025')).toBeNull();
    expect(isOutletName('Press Release')).toBe(false);
    expect(isOutletName('Wexmoor Press')).toBe(true);
  });
});

describe('a press release’s issuer line', () => {
  const ISSUER = 'Wexmoor District Council';

  it.each([
    [
      'between the kind and the date',
      `NEWS RELEASE\n${ISSUER}\nFor immediate release: 13 March 2026`,
    ],
    ['under the kind, ending in a body’s noun', `Press release, 13 March 2026\n${ISSUER}`],
    ['above the kind', `${ISSUER}\nPRESS RELEASE — 13 March 2026`],
  ])('%s is the outlet and never a passage', (_where, header) => {
    const cleaned = cleanArticle(article(header, HEADLINE, STORY));
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.dateline).toBe('2026-03-13');
    expect(cleaned.outlet).toBe(ISSUER);
    expect(cleaned.dropped).toContainEqual({ line: ISSUER, reason: 'masthead' });
  });

  it('reads a headline ending in a legal form ("… N.V.") as the headline, not a sentence', () => {
    const headline = 'Wexmoor council to buy Quayside Halls N.V.';
    const dated = 'Wexmoor, 13 March 2026 — The council will buy the halls, its leader said.';
    const cleaned = cleanArticle(
      article(`PRESS RELEASE — 13 March 2026\n${ISSUER}`, headline, dated),
    );
    expect(cleaned.headline).toBe(headline);
    expect(cleaned.outlet).toBe(ISSUER);
    // The story's first paragraph, under the headline, opens with its dateline.
    expect(cleaned.text).toBe(
      article(headline, 'The council will buy the halls, its leader said.'),
    );
  });

  it('names the outlet only when the page names no other', () => {
    const cleaned = cleanArticle(
      article(
        `NEWS RELEASE\n${ISSUER}\nFor immediate release: 13 March 2026`,
        HEADLINE,
        STORY,
        '© 2026 Wexmoor Herald',
      ),
    );
    expect(cleaned.outlet).toBe('Wexmoor Herald');
  });

  it.each([
    // A headline in title case beside the kind is no issuer: it ends in no body's noun.
    'Council Opens New Library',
    // A sentence is never an issuer's name.
    'The council opens a new library.',
  ])('leaves "%s" beside a single header line as it was', (line) => {
    const cleaned = cleanArticle(article(`PRESS RELEASE\n${line}`, STORY));
    expect(cleaned.text).toContain(line);
    expect(cleaned.outlet).toBeNull();
  });

  it('leaves a byline or a date between header lines to their own rules', () => {
    const byline = cleanArticle(
      article('PRESS RELEASE\nBy Ana Ruiz\nFor immediate release: 13 March 2026', HEADLINE, STORY),
    );
    expect(byline.author).toBe('Ana Ruiz');
    expect(byline.outlet).toBeNull();
    const dated = cleanArticle(
      article('PRESS RELEASE\n13 March 2026\nFOR IMMEDIATE RELEASE', HEADLINE, STORY),
    );
    expect(dated.dateline).toBe('2026-03-13');
    expect(dated.outlet).toBeNull();
  });

  it('reads a paragraph of its own under the heading line as the issuer when its "About" section names it', () => {
    const about = `About the ${ISSUER}\nThe council serves 80,000 residents.`;
    const cleaned = cleanArticle(
      article('PRESS RELEASE — 13 March 2026', ISSUER, HEADLINE, STORY, about),
    );
    expect(cleaned.outlet).toBe(ISSUER);
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.dropped).toContainEqual({ line: ISSUER, reason: 'masthead' });
    expect(cleaned.text.startsWith(article(HEADLINE, STORY))).toBe(true);
  });

  it.each([
    ['North Atlantic Rowing Union', 'NARU confirms new weight limits for lightweight crews'],
    ['Atlantic Rowing Union', 'NARU confirms new weight limits for lightweight crews'],
    ['WEXMOOR DISTRICT COUNCIL', HEADLINE],
  ])(
    'reads "%s", a paragraph of its own under the heading line, as the issuer when its text names it again, whatever its length',
    (issuer, headline) => {
      const named =
        'The North Atlantic Rowing Union (NARU) and Wexmoor District Council agreed the limits.';
      const cleaned = cleanArticle(
        article('PRESS RELEASE — 3 March 2026', issuer, headline, named, STORY),
      );
      expect(cleaned.headline).toBe(headline);
      expect(cleaned.outlet).toBe(issuer === 'WEXMOOR DISTRICT COUNCIL' ? ISSUER : issuer);
      expect(cleaned.dropped).toContainEqual({ line: issuer, reason: 'masthead' });
      expect(cleaned.text).toBe(article(headline, named, STORY));
    },
  );

  it.each([
    // No "About" section names it: a title-case headline can end in a body's noun too.
    ['with no "About" section', ['Mayor Thanks Fire Service', STORY]],
    // Its words in the prose are no name there: lower case, or a part of a longer word.
    [
      'whose words the prose uses in lower case',
      ['Mayor Thanks Fire Service', 'The mayor thanks fire service crews for their work.'],
    ],
    // The line set again alone (a heading repeated) is no naming in prose.
    ['repeated alone', [ISSUER, STORY, ISSUER]],
  ])('leaves a paragraph of its own under the heading line %s as it was', (_case, blocks) => {
    const cleaned = cleanArticle(article('PRESS RELEASE — 13 March 2026', ...blocks));
    expect(cleaned.text).toContain(blocks[0]);
    expect(cleaned.outlet).toBeNull();
  });

  it('leaves a paragraph under the heading line whose "About" section names another body as it was', () => {
    const blocks = [ISSUER, STORY, 'About Quayside Halls Trust'];
    const cleaned = cleanArticle(article('PRESS RELEASE — 13 March 2026', ...blocks));
    expect(cleaned.text).toContain(ISSUER);
    // The section names the release's issuer (about-section.ts): the outlet, not the line.
    expect(cleaned.outlet).toBe('Quayside Halls Trust');
  });

  it('reads no issuer away from a release’s header', () => {
    const cleaned = cleanArticle(article(HEADLINE, ISSUER, STORY));
    expect(cleaned.text).toContain(ISSUER);
    expect(cleaned.outlet).toBeNull();
  });
});

describe('a press release’s closing "About …" section', () => {
  const headline = 'Kestrel Buses cuts fares for students';
  const story = 'Kestrel Buses today announced that students will pay £1 for any single journey.';
  const fact = 'Kestrel Buses runs 140 buses across Dunmore and the Ashby valley.';
  const contact = 'Media contact: Sam Reed, press@kestrelbuses.example';

  it.each([
    ['a heading line', ['FOR IMMEDIATE RELEASE', headline, story, `About Kestrel Buses\n${fact}`]],
    ['an end mark', [headline, story, 'ENDS', `About Kestrel Buses\n${fact}`]],
    ['a media contact', [headline, story, `About Kestrel Buses\n${fact}`, contact]],
    ['"the" before the name', [headline, story, `About the Kestrel Buses:\n${fact}`, contact]],
  ])('states its issuer, the outlet, in a release marked by %s', (_, blocks) => {
    const cleaned = cleanArticle(article(...blocks));
    expect(cleaned.outlet).toBe('Kestrel Buses');
    expect(cleaned.headline).toBe(headline);
  });

  it('leaves the text as it was: the section is quoted as before, nothing more', () => {
    const blocks = ['FOR IMMEDIATE RELEASE', headline, story, `About Kestrel Buses\n${fact}`];
    const cleaned = cleanArticle(article(...blocks));
    expect(cleaned.text).toContain(fact);
    expect(cleaned.text.startsWith(article(headline, story))).toBe(true);
  });

  it('names no outlet in a page that is no release, or with no name after "About"', () => {
    // An article's "About the author" box, no release's form around it.
    const box = cleanArticle(article(headline, story, `About Jane Roe\n${fact}`));
    expect(box.outlet).toBeNull();
    const us = cleanArticle(article('FOR IMMEDIATE RELEASE', headline, story, `About us\n${fact}`));
    expect(us.outlet).toBeNull();
  });

  it('never overrides an outlet the page states', () => {
    const blocks = [
      'NEWS RELEASE\nAldshire District Council\nFor immediate release: 13 March 2026',
      headline,
      story,
      `About Kestrel Buses\n${fact}`,
    ];
    expect(cleanArticle(article(...blocks)).outlet).toBe('Aldshire District Council');
  });
});
