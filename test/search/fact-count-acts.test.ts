/**
 * Counts of one noun told of one act: reported alike they are one fact ("also reported by"),
 * differently a disagreement on the number; told of two acts ("stole" / "published"), of two
 * subjects, places or weeks, or as a small or rounded figure, they are neither.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';
import { shareFigure, writtenFigures } from '../../src/search/select/fact-measures.js';

const days = { published: ['2025-10-08', '2025-10-09'] as const };
const makes = 'It makes 23 recommendations, all of which the board says it has accepted.';
const setsOut = 'The audit, published on 7 October, sets out 23 recommendations.';

describe('one count of one noun under verbs with no event of their own', () => {
  it('is one fact when the figures are the same', () => {
    expect(classifyFacts(makes, setsOut, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(setsOut, makes, days)).toEqual({ kind: 'same-fact' });
  });

  it('differs on the number when the figures differ', () => {
    const other = setsOut.replace('23', '25');
    expect(classifyFacts(makes, other, { ...days, asked: 'number' })).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
  });

  it('is neither with subjects that differ', () => {
    const council = 'The council made 23 recommendations.';
    const panel = 'The panel made 23 recommendations.';
    expect(classifyFacts(council, panel, days).kind).toBe('different-fact');
    expect(classifyFacts(council, panel.replace('23', '25'), days).kind).toBe('different-fact');
  });

  it('is neither with names or places that differ', () => {
    const harlow = 'The Harlow review makes 23 recommendations.';
    const dunmore = 'The Dunmore review sets out 23 recommendations.';
    expect(classifyFacts(harlow, dunmore, days).kind).toBe('different-fact');
    const inHarlow = 'In Harlow the review makes 23 recommendations.';
    const inDunmore = 'In Dunmore the review sets out 23 recommendations.';
    expect(classifyFacts(inHarlow, inDunmore, days).kind).toBe('different-fact');
  });

  it('is not one fact for a figure below ten, nor for an approximate one', () => {
    const two = 'It makes 2 recommendations, all of which the board says it has accepted.';
    expect(classifyFacts(two, setsOut.replace('23', '2'), days).kind).toBe('different-fact');
    const words = 'It makes two recommendations, all of which the board says it has accepted.';
    expect(classifyFacts(words, setsOut.replace('23', 'two'), days).kind).toBe('different-fact');
    const about = 'It makes about 23 recommendations, all of which the board says it has accepted.';
    expect(classifyFacts(about, setsOut, days).kind).toBe('different-fact');
  });

  it('is neither for a rounded figure and one inside its rounding', () => {
    // "about 60" may be 57–63: 61 fits it, so the two neither agree nor differ; 70 does not.
    const about = 'It makes about 60 recommendations, all of which the board says it has accepted.';
    expect(classifyFacts(about, setsOut.replace('23', '61'), days).kind).toBe('different-fact');
    expect(classifyFacts(about, setsOut.replace('23', '70'), days)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
  });

  it('is neither from articles published more than three days apart', () => {
    const weeks = { published: ['2025-10-08', '2025-10-29'] as const };
    expect(classifyFacts(makes, setsOut, weeks).kind).toBe('different-fact');
    expect(classifyFacts(makes, setsOut.replace('23', '25'), weeks).kind).toBe('different-fact');
  });

  it('is not one fact when one says what is done with them', () => {
    // "were accepted" after the count on one side only: another act than making them.
    const accepted = 'Some 23 recommendations were accepted by the board.';
    expect(classifyFacts(makes, accepted, days).kind).toBe('different-fact');
  });
});

describe('counts of one noun under other verbs', () => {
  const published = { published: ['2025-02-20', '2025-02-21'] as const };

  it('read a unit symbol as its name: "430GB" counts gigabytes', () => {
    const unit = (text: string) =>
      factValues(text).positioned.find((v) => 'number' in v && v.number !== '0');
    expect(unit('It stole 430GB of files.')).toMatchObject({ number: '430' });
    expect(unit('It stole 430GB of files.')?.['unit' as never]).toBe(
      unit('It stole 340 gigabytes of files.')?.['unit' as never],
    );
    // "£2m" is two million pounds, not two metres.
    expect(factValues('a £2m ransom').positioned[0]).toMatchObject({
      number: '2000000',
      kind: 'money',
    });
  });

  it('differ on the number under the same verb, the unit written either way', () => {
    const a = 'The gang stole 340 gigabytes of files from the council.';
    const b = 'The gang stole 430GB of files from the council.';
    expect(classifyFacts(a, b, { ...published, asked: 'number' })).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
  });

  it('are two measures under two verbs: a theft and a publication neither agree nor differ', () => {
    const stole = 'The gang stole 340 gigabytes of files from the council.';
    const posted = 'The gang published 430GB of files from the council.';
    expect(classifyFacts(stole, posted, { ...published, asked: 'number' }).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(stole, posted.replace('430GB', '340GB'), published).kind).toBe(
      'different-fact',
    );
    // The unit spelt alike on both sides: still a theft and a publication.
    const same = 'Hackers published 430 gigabytes of files.';
    expect(classifyFacts('Hackers stole 340 gigabytes of files.', same, published).kind).toBe(
      'different-fact',
    );
    // Shorter, sharing little but the files: still two acts.
    const took = 'Hackers stole 340 gigabytes of files.';
    const leaked = 'Hackers published around 430GB of files on 3 March.';
    expect(classifyFacts(took, leaked, { ...published, asked: 'number' }).kind).toBe(
      'different-fact',
    );
  });
});

describe('shareFigure', () => {
  it('finds a figure of ten or more written alike in both texts', () => {
    expect(
      shareFigure(
        writtenFigures('It makes 23 recommendations.'),
        writtenFigures('It sets out 23 of them.'),
      ),
    ).toBe(true);
    expect(
      shareFigure(writtenFigures('About 9,800 tickets.'), writtenFigures('Some 9,800 were sold.')),
    ).toBe(true);
    expect(
      shareFigure(writtenFigures('It makes 3 recommendations.'), writtenFigures('It sets out 3.')),
    ).toBe(false);
    expect(
      shareFigure(
        writtenFigures('It makes 23 recommendations.'),
        writtenFigures('It sets out 2.3 of them.'),
      ),
    ).toBe(false);
  });

  it('does not count the parts of dates or ordinals as figures', () => {
    // Two addresses' treasury years share a day and a year, not a sum: the relation compares
    // dates as dates, so the cheap test need not admit the pair.
    expect(
      shareFigure(
        writtenFigures('The receipts for the year ending on the 30th of September were large.'),
        writtenFigures('The fiscal year ending on the 30th day of June closed with a surplus.'),
      ),
    ).toBe(false);
    expect(
      shareFigure(
        writtenFigures('The act of March 2d, 1827, named three commissioners.'),
        writtenFigures('A proclamation issued on March 19th, 1827, published the convention.'),
      ),
    ).toBe(false);
    expect(writtenFigures('On 30 June 2020 and on June 30, 2021, and 8th November, 1858.')).toEqual(
      [],
    );
    // A figure that measures stays one, beside a date or after "in".
    expect(
      writtenFigures('On June 30, 1886, 9,800 pensioners were paid $21m; in 1886 too.'),
    ).toEqual(['9,800', '21', '1886']);
  });
});

describe('counts said alike of one thing', () => {
  it('are not set against each other when they are told of two places', () => {
    const minsk = 'Police in Minsk said 150 people were detained.';
    const grodno = 'Police in Grodno said 200 people were detained.';
    const days = { published: ['2025-10-08', '2025-10-09'] as const, asked: 'number' as const };
    expect(classifyFacts(minsk, grodno, days).kind).toBe('different-fact');
    // The same place: they differ on the number.
    expect(classifyFacts(minsk, minsk.replace('150', '200'), days)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
  });
});

describe('a count of parts under a verb of a whole and its parts', () => {
  // "would have" in reported speech is the backshifted "will have" (Quirk et al. 1985, §14.31);
  // "have", "include", "comprise" and "consist of" tell one whole's parts.
  const day = { published: ['2026-03-02', '2026-03-02'] as const };
  const have = 'Brackwell Energy said the Tolsey wind farm would have 40 turbines.';
  const comprise = 'The Tolsey wind farm will comprise 52 turbines, Brackwell Energy said.';

  it('sets "have" against "comprise" and "consist of" as one count', () => {
    expect(classifyFacts(have, comprise, day)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(classifyFacts(comprise, have, day)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(
      classifyFacts(
        'The Tolsey wind farm will have 40 turbines.',
        'The Tolsey wind farm will consist of 52 turbines.',
        day,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    // Equal counts are no dispute (joined only by shared words, not claimed here).
    expect(
      classifyFacts(
        'The Tolsey wind farm will have 52 turbines.',
        'The Tolsey wind farm will comprise 52 turbines.',
        day,
      ).kind,
    ).not.toBe('disagree');
  });

  it('keeps apart two wholes, an act, and present states of unknown times', () => {
    expect(
      classifyFacts(
        have,
        'The Marle wind farm will comprise 52 turbines, Brackwell Energy said.',
        day,
      ).kind,
    ).not.toBe('disagree');
    // Installing is an act of its own, not the whole's parts.
    expect(
      classifyFacts(
        'The Tolsey wind farm will comprise 52 turbines.',
        'Engineers will install 40 turbines at the Tolsey wind farm.',
        day,
      ).kind,
    ).not.toBe('disagree');
    // "has" / "comprises" tell a present state: of one time only for articles of about one time.
    expect(
      classifyFacts(
        'The Tolsey wind farm has 40 turbines.',
        'The Tolsey wind farm comprises 52 turbines.',
        { published: ['2026-03-02', null] },
      ).kind,
    ).toBe('different-fact');
  });
});
