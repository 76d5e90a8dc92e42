import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { contentTerms } from '../../src/search/select/fact-content-terms.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { measuresAgree } from '../../src/search/select/fact-measures.js';
import { factValues } from '../../src/search/select/fact-values.js';

const days = (a: string, b: string): RelationContext => ({ published: [a, b] });
const relation = (a: string, b: string, context: RelationContext = {}) => {
  const r = classifyFacts(a, b, context);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('counts in words', () => {
  it('reads "a dozen" and "two dozen" as values, "dozens" as vague', () => {
    expect(factValues('A dozen boats, two dozen nets and 3 dozen crates.').numbers).toEqual([
      '12',
      '24',
      '36',
    ]);
    expect(factValues('Dozens of boats.').numbers).toEqual(['dozens']);
  });

  it('reads "tens of thousands" as one vague count of its own, neither "thousands" nor against it', () => {
    expect(factValues('Tens of thousands of people marched.').numbers).toEqual([
      'tens of thousands',
    ]);
    expect(factValues('Hundreds of thousands of  people marched.').numbers).toEqual([
      'hundreds of thousands',
    ]);
    const tens = 'Tens of thousands of people protested in Tarnby on Sunday.';
    const thousands = 'Thousands of people protested in Tarnby on Sunday.';
    expect(relation(tens, thousands)).not.toBe('same-fact');
    expect(relation(tens, thousands)).not.toBe('disagree');
    // A vague count still differs from a figure outside it.
    expect(
      relation(
        'The council fined dozens of Tarnby landlords on 17 December.',
        'The council fined 20 Tarnby landlords on 17 December.',
      ),
    ).toBe('disagree');
  });

  it('reads counts of nought with what they count, and leaves "no longer", "no more than"', () => {
    const zeros = (text: string) => factValues(text).zeros.map((z) => z.unit);
    expect(zeros('None was hurt.')).toEqual([null]);
    expect(zeros('None of the crew was hurt, and nobody died.')).toEqual(['crew', null]);
    expect(zeros('No passengers were hurt.')).toEqual(['passeng']);
    expect(zeros('No one was arrested.')).toEqual([null]);
    expect(zeros('It is no longer open and holds no more than 5 boats.')).toEqual([]);
    expect(zeros('Nonetheless it reopened.')).toEqual([]);
  });
});

describe('two counts of one thing in other words', () => {
  const fourHurt =
    'Four people were taken to hospital after a fire tore through the Tarnby bus depot on Sunday night, the fire service said.';
  const noneHurt = 'None was taken to hospital.';

  it('sets a count of nought in words against a count, from articles of the same days', () => {
    expect(relation(noneHurt, fourHurt, days('2026-03-09', '2026-03-10'))).toBe('disagree');
    expect(relation(fourHurt, noneHurt, days('2026-03-10', '2026-03-09'))).toBe('disagree');
  });

  it('sets paraphrased counts of the same thing against each other when their ranges miss', () => {
    const sold = 'The company said 9,800 tickets had been sold.';
    expect(
      relation(
        sold,
        'Wave Radio understands that around 9,400 tickets had been sold.',
        days('2025-07-03', '2025-07-05'),
      ),
    ).toBe('disagree');
    // Within the approximation: no disagreement; nor one fact, in wording this far apart (an
    // exact figure is claimed one fact this way only when both give it alike).
    expect(
      relation(
        'The company said 9,780 tickets had been sold.',
        'Wave Radio understands that around 9,800 tickets had been sold.',
        days('2025-07-03', '2025-07-05'),
      ),
    ).toMatch(/^different-fact/);
  });

  it('claims nothing weeks apart, without dates, or when what is counted or said differs', () => {
    const sold = 'The company said 9,800 tickets had been sold.';
    const other = 'Wave Radio understands that around 9,400 tickets had been sold.';
    expect(relation(sold, other, days('2025-05-23', '2025-07-05'))).toBe(
      'different-fact: another event',
    );
    expect(relation(sold, other)).toBe('different-fact: another event');
    expect(relation(sold, other, days('2025-07-03', '2025-07'))).toBe(
      'different-fact: another event',
    );
    expect(
      relation(
        sold,
        'Wave Radio understands that around 9,400 passes had been sold.',
        days('2025-07-03', '2025-07-04'),
      ),
    ).toBe('different-fact: another event');
    expect(
      relation(
        sold,
        'Wave Radio understands that 9,400 tickets had been sold for the reunion gig.',
        days('2025-07-03', '2025-07-04'),
      ),
    ).toBe('different-fact: another event');
    // "None" that governs a denial, not a count: the denial stays a denial.
    expect(
      relation(
        noneHurt,
        'The fire service denied that four people were taken to hospital.',
        days('2026-03-09', '2026-03-09'),
      ),
    ).not.toBe('disagree');
    // Two counts of nought agree on nothing here: no disagreement.
    expect(
      relation(noneHurt, 'Nobody was taken to hospital.', days('2026-03-09', '2026-03-09')),
    ).not.toBe('disagree');
  });

  it('does not set counts of different things against each other in passages about one event', () => {
    expect(
      relation(
        'The Orwick Sounds festival has been cancelled, five weeks before it was due to begin.',
        'Police opened an inquiry into the collapse of the promoter behind the cancelled Orwick Sounds festival, two weeks after saying it was a civil matter.',
      ),
    ).not.toBe('disagree');
    expect(
      relation(
        'Police said 200 protesters were detained in Minsk on Sunday after the march.',
        'Police said 150 protesters were detained in Minsk on Sunday after the march.',
      ),
    ).toBe('disagree');
  });
});

describe('two weights or lengths of one thing in other words', () => {
  const echo =
    'About 12,000 tonnes of rock and mud slid onto the Tarn Valley road near Orrel Bridge late on Tuesday, closing the route.';
  const radio =
    'Around 15,000 tonnes of rock came down onto the Tarn Valley road near the old quarry on Tuesday night, police said.';
  const sameDay = days('2026-03-04', '2026-03-04');

  it('sets them against each other: the same material, at the same named place, on the same day', () => {
    expect(relation(echo, radio, sameDay)).toBe('disagree');
    expect(relation(radio, echo, days('2026-03-05', '2026-03-04'))).toBe('disagree');
    expect(
      relation(
        'Crews laid 3 miles of netting along the Harl Bridge slope on 4 May.',
        'Some 5 miles of netting were fixed along the Harl Bridge slope on 4 May.',
        days('2026-05-05', '2026-05-06'),
      ),
    ).toBe('disagree');
  });

  it('claims nothing when the material, the place, the day or the measure differs', () => {
    const material = radio.replace('tonnes of rock', 'tonnes of material');
    expect(relation(echo, material, sameDay)).not.toBe('disagree');
    const elsewhere = radio.replace('Tarn Valley road', 'Glenmoss loop road');
    expect(relation(echo, elsewhere, sameDay)).not.toBe('disagree');
    const undated = radio.replace(' on Tuesday night', '');
    expect(relation(echo, undated, sameDay)).not.toBe('disagree');
    expect(relation(echo, radio.replace('Tuesday', 'Monday'), sameDay)).not.toBe('disagree');
    // Weeks apart, a figure may have been measured again.
    expect(relation(echo, radio, days('2026-03-04', '2026-04-04'))).not.toBe('disagree');
    // Another relation to the place ("at" / "near") may be another act: landed, and dumped.
    expect(
      relation(
        'About 200 tonnes of the Tarn Fishers catch were landed at Harl Bridge on Tuesday, the harbour said.',
        'Around 150 tonnes of the Tarn Fishers catch were dumped near Harl Bridge on Tuesday night.',
        sameDay,
      ),
    ).not.toBe('disagree');
    // A count of people is no weight or length: members of one body may do two things.
    expect(
      relation(
        'About 200 members of the Tarn Fishers Union marched through the town to Harl Bridge on Tuesday, waving banners.',
        'Police detained around 150 members of the Tarn Fishers Union near Harl Bridge on Tuesday night.',
        sameDay,
      ),
    ).not.toBe('disagree');
  });
});

describe('counts of one noun under different acts', () => {
  const sameDays = days('2026-03-01', '2026-03-02');

  it('never sets them against each other: marchers are not detainees', () => {
    const marched = 'Police said about 200 people marched on Saturday.';
    const detained = 'Police said around 150 people were detained on Saturday.';
    for (const context of [{}, sameDays]) {
      expect(relation(marched, detained, context)).not.toBe('disagree');
      expect(relation(detained, marched, context)).not.toBe('disagree');
    }
    // No act after one count ("police detained around 150 people"): nothing claimed either.
    expect(
      relation(
        'About 200 people marched in Minsk on Sunday, police said.',
        'Police detained around 150 people in Minsk on Sunday.',
        sameDays,
      ),
    ).not.toBe('disagree');
  });

  it('never takes them for one fact, even with the same count and the rest shared', () => {
    expect(
      relation(
        'Some 200 protesters marched to the town hall in Tarnby on Saturday demanding the mayor resign.',
        'Demanding the mayor resign, 200 protesters were detained at the town hall in Tarnby on Saturday.',
      ),
    ).toBe('different-fact: different measures');
    // A phrase after the noun ("from the Harl Valley estate") is not what was done.
    expect(
      relation(
        'Police said on Saturday that 200 protesters from the Harl Valley estate marched to the town hall in Tarnby.',
        'At the town hall in Tarnby, 200 protesters from the Harl Valley estate were detained, police said on Saturday.',
      ),
    ).toBe('different-fact: different measures');
  });

  it('still sets counts of the same act against each other, and of no act read', () => {
    expect(
      relation(
        'Police said about 200 people were detained outside the town hall on Sunday.',
        'Police said around 150 people were detained outside the town hall on Sunday.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'About 200 people were detained outside the Tarnby town hall on Sunday, police said.',
        'Police detained around 150 people outside the Tarnby town hall on Sunday, a spokesman said.',
      ),
    ).toBe('disagree');
  });

  it('reads "marched" as a word, and only a capitalised "March" as the month', () => {
    expect([...contentTerms('They marched on Sunday.').keys()]).toEqual(['march']);
    expect([...contentTerms('It opened in March.').keys()]).toEqual(['open']);
  });
});

describe('a figure spelt out because it opens its sentence', () => {
  it('is the same count as the figure in digits', () => {
    expect(
      relation(
        'Nineteen flats have been evacuated in Corby Street.',
        'Officials said 19 flats had been evacuated in Corby Street.',
        days('2026-04-03', '2026-04-04'),
      ),
    ).toBe('same-fact');
  });

  it('but a small figure, spelt out anywhere, identifies no count', () => {
    const two = analyseFact('Two flats have been evacuated in Corby Street.');
    const nineteen = analyseFact('Nineteen flats have been evacuated in Corby Street.');
    const said = (n: string) =>
      analyseFact(`Officials said ${n} flats had been evacuated in Corby Street.`);
    const published = ['2026-04-03', '2026-04-04'] as const;
    expect(measuresAgree(two, said('2'), published)).toBe(false);
    expect(measuresAgree(nineteen, said('19'), published)).toBe(true);
    // The frame set aside, the two claims are nearly the same words ("Officials said" is who
    // told it): the same fact by its words, whatever the figure.
    expect(
      relation(
        'Two flats have been evacuated in Corby Street.',
        'Officials said 2 flats had been evacuated in Corby Street.',
        days('2026-04-03', '2026-04-04'),
      ),
    ).toBe('same-fact');
  });
});

describe('counts of one act in one named place', () => {
  const twelve =
    'Twelve flats in Corby Street were evacuated as a precaution late on Sunday night, and tenants slept at the sports hall.';
  const nineteen =
    'Nineteen flats have been evacuated in Corby Street after a gas main burst under Mill Lane.';

  it('differ on the number whatever else each says of it', () => {
    expect(relation(twelve, nineteen, days('2026-04-06', '2026-04-06'))).toBe('disagree');
    expect(relation(nineteen, twelve, days('2026-04-06', '2026-04-06'))).toBe('disagree');
  });

  it('are not set against each other in another place, or under another act', () => {
    const elsewhere = 'Nineteen flats have been evacuated in Mill Lane after a gas main burst.';
    expect(relation(twelve, elsewhere, days('2026-04-06', '2026-04-06'))).not.toBe('disagree');
    const flooded = 'Nineteen flats in Corby Street were flooded after a gas main burst.';
    expect(relation(twelve, flooded, days('2026-04-06', '2026-04-06'))).not.toBe('disagree');
  });
});

describe('counts of one place and of two', () => {
  it('are not set against each other', () => {
    expect(
      relation(
        'Twelve flats in Corby Street were evacuated.',
        'Nineteen flats in Corby Street and Mill Lane were evacuated.',
        days('2026-04-06', '2026-04-06'),
      ),
    ).not.toBe('disagree');
  });

  it('while counts of the same place still differ', () => {
    expect(
      relation(
        'Twelve flats in Corby Street were evacuated.',
        'Nineteen flats in Corby Street were evacuated.',
        days('2026-04-06', '2026-04-06'),
      ),
    ).toBe('disagree');
  });
});
