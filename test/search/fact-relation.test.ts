import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { termUnits } from '../../src/search/select/fact-content-terms.js';
import { eventWordBefore } from '../../src/search/select/fact-event.js';
import { factValues } from '../../src/search/select/fact-values.js';
import { stem } from '../../src/text/terms.js';

describe('fact values', () => {
  it('reads dates with and without years, numbers, places and actors', () => {
    const values = factValues(
      'The harbour board said 1,200 crates were seized in the port of Valletta on Nov. 3, 2019.',
    );
    expect(values.dates).toEqual([{ year: 2019, month: 11, day: 3 }]);
    expect(values.numbers).toEqual(['1200']);
    expect(factValues('The treaty was signed in the city of Tromsø.').places).toEqual(['Tromsø']);
    expect(factValues('They met on 4 March.').dates).toEqual([{ year: null, month: 3, day: 4 }]);
  });

  it('reads counts as values with what they count, in digits, words and multipliers', () => {
    const values = factValues(
      'Councillors voted by eight votes to five for a $218 million barrier; 3 boats sank, 20 were towed.',
    );
    expect(values.numbers).toEqual(['8-5', '218000000', '3', '20']);
    expect(factValues('The barrier costs $218m, about twenty-five percent more.').numbers).toEqual([
      '218000000',
      '25',
    ]);
    expect(values.counts).toContainEqual({ value: '3', unit: 'boat' });
    expect(values.counts).toContainEqual({ value: '20', unit: 'tow' });
    // A number before a comma is a number; a day of a date or an ordinal is not a count.
    expect(factValues('Police held 200, the ministry said, on March 2nd.').numbers).toEqual([
      '200',
    ]);
  });

  it('reads a tally of a vote as one value, in digits or words, larger side first', () => {
    const tally = (text: string) =>
      factValues(text).positioned.flatMap((v) => ('number' in v ? [`${v.kind} ${v.number}`] : []));
    expect(tally('The board voted 8-5 to close it, two members said.')).toEqual([
      'tally 8-5',
      'count 2',
    ]);
    expect(tally('The motion passed by nine votes to four.')).toEqual(['tally 9-4']);
    expect(tally('A 7–4 majority backed the plan.')).toEqual(['tally 7-4']);
    expect(tally('It was rejected in a 4-9 vote.')).toEqual(['tally 9-4']);
    // A dash between numbers with no vote or score about it is a range of counts.
    expect(tally('About 10-15 people came.')).toEqual(['count 10', 'count 15']);
    expect(tally('The board approved the slipway sale on Tuesday, 8-5.')).toEqual(['tally 8-5']);
    expect(tally('The reading room is open 10-12.')).toEqual(['count 10', 'count 12']);
  });

  it('reads a tally joined by "to" after a word of voting, and "one" or "nil" as its side', () => {
    const tally = (text: string) =>
      factValues(text).positioned.flatMap((v) => ('number' in v ? [`${v.kind} ${v.number}`] : []));
    expect(tally('The ferry board voted seven to four in favour on Tuesday.')).toEqual([
      'tally 7-4',
    ]);
    expect(tally('The sale was approved by 9 to 2.')).toEqual(['tally 9-2']);
    expect(tally('It passed on a vote of eleven to three, with two abstentions.')).toEqual([
      'tally 11-3',
      'count 2',
    ]);
    expect(tally('The board ratified the deal by six votes to one.')).toEqual(['tally 6-1']);
    expect(tally('The motion was carried by nine votes to nil.')).toEqual(['tally 9-0']);
    // Numbers joined by "to" with things after them are a range, not a tally.
    expect(tally('The council approved 10 to 12 new homes.')).toEqual(['count 10', 'count 12']);
    expect(tally('Voting takes two to three weeks.')).toEqual(['count 2', 'count 3']);
  });

  it('reads a month named alone after a word of time, not a name', () => {
    expect(factValues('Dredging, which began in May, ran until June.').dates).toEqual([
      { month: 5, day: null, year: null },
      { month: 6, day: null, year: null },
    ]);
    expect(factValues('May Fennick said the works began on June 7.').dates).toEqual([
      { month: 6, day: 7, year: null },
    ]);
  });

  it('takes no pronoun for an actor', () => {
    expect(factValues('He said the board met. Ana Ruiz said so too.').actors).toEqual(['Ana Ruiz']);
  });

  it('reads weekdays, but not in names', () => {
    expect(factValues('They met on Monday and told The Sunday Times.').weekdays).toEqual([1]);
    expect(factValues('Fishers recall Bloody Sunday; markets open on Mondays.').weekdays).toEqual(
      [],
    );
  });

  it('reads a weekday with the date it falls on', () => {
    expect(factValues('They met on Tuesday 12 March and again on Friday.').weekdayDates).toEqual([
      { weekday: 2, date: { year: null, month: 3, day: 12 } },
    ]);
    expect(factValues('They met on Tuesday March 12, 2019.').weekdayDates).toEqual([
      { weekday: 2, date: { year: 2019, month: 3, day: 12 } },
    ]);
  });

  it('reads ordinals, but not shares or days of dates', () => {
    expect(factValues('A third round of fines followed on May 3rd.').ordinals).toEqual([3]);
    expect(factValues('The work is a third of the way done.').ordinals).toEqual([]);
  });

  it('reads names with the word after them, not a sentence’s first word alone', () => {
    expect(factValues('The Harlow county council met.').namedHeads).toEqual([
      { name: 'Harlow', head: 'counti' },
    ]);
    expect(factValues('Councillors met in private.').namedHeads).toEqual([]);
  });

  it('does not take a month or a possessive for a place', () => {
    expect(factValues('In March the fleet sailed at Admiral Voss’s request.').places).toEqual([]);
    expect(factValues('In March the fleet sailed at Admiral Voss’ request.').places).toEqual([]);
    expect(factValues("The fleet sailed at Kelby Docks' request.").places).toEqual([]);
    // A place whose name ends in s, not possessive, is still a place.
    expect(factValues('The fleet sailed from Kelby Docks at dawn.').places).toEqual([
      'Kelby Docks',
    ]);
  });
});

describe('fact relations', () => {
  it('keeps a denial apart from the claim it denies', () => {
    expect(
      classifyFacts(
        'The port authority said 40 trawlers were impounded in Grimsvik on Monday.',
        'The port authority denied that any trawlers were impounded in Grimsvik on Monday.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'polarity' });
  });

  it('keeps a possibility apart from the fact it may become', () => {
    expect(
      classifyFacts(
        'The port authority impounded 40 trawlers in Grimsvik on Monday, the harbour master said.',
        'The port authority could impound 40 trawlers in Grimsvik on Monday, the harbour master said.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'modality' });
    expect(
      classifyFacts(
        'The port authority plans to impound 40 trawlers in Grimsvik on Monday, the harbour master said.',
        'The port authority impounded 40 trawlers in Grimsvik on Monday, the harbour master said.',
      ).kind,
    ).toBe('different-fact');
    // Reported speech in the future is not a modality of its own.
    expect(
      classifyFacts(
        'The harbour master said the 40 impounded trawlers will not be released before Monday in Grimsvik.',
        'The harbour master said the 40 impounded trawlers would not be released before Monday in Grimsvik.',
      ).kind,
    ).toBe('same-fact');
  });

  it('keeps a plan, a wish, a condition, a question or an allegation apart from the outcome', () => {
    const outcome = 'The Harlow council closed the estuary road for three weeks of repairs.';
    const cases: Array<[string, string]> = [
      [
        'The Harlow council will close the estuary road for three weeks of repairs.',
        'plan or outcome',
      ],
      [
        'The mayor said the Harlow council would close the estuary road for three weeks of repairs.',
        'plan or outcome',
      ],
      [
        'The Harlow council is scheduled to close the estuary road for three weeks of repairs.',
        'plan or outcome',
      ],
      [
        'The Harlow council is on course to close the estuary road for three weeks of repairs.',
        'plan or outcome',
      ],
      [
        'Residents called for the Harlow council to close the estuary road for three weeks of repairs.',
        'wish or attempt',
      ],
      [
        'The Harlow council tried to close the estuary road for three weeks of repairs.',
        'wish or attempt',
      ],
      [
        'If the storm returns, the Harlow council closes the estuary road for three weeks of repairs.',
        'condition',
      ],
      ['Did the Harlow council close the estuary road for three weeks of repairs?', 'question'],
      [
        'Critics alleged the Harlow council closed the estuary road for three weeks of repairs.',
        'allegation',
      ],
      [
        'The Harlow council refused to close the estuary road for three weeks of repairs.',
        'polarity',
      ],
    ];
    for (const [other, reason] of cases)
      expect(classifyFacts(outcome, other), other).toEqual({ kind: 'different-fact', reason });
  });

  it('lets a marker after a long subject govern what follows it', () => {
    expect(
      classifyFacts(
        'Work on the south bank caissons of the Harlow barrier started in August.',
        'Work on the south bank caissons of the Harlow barrier is due to start in August.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'plan or outcome' });
  });

  it('finds two plans of one thing the same', () => {
    expect(
      classifyFacts(
        'The Harlow estuary barrier is due to be completed by the spring of 2022.',
        'The Harlow estuary barrier will be completed in the spring of 2022, the council said.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('lets a marker count only when it governs what the passages share', () => {
    // "in case" governs a trailing clause: both still report that the reserve was formed.
    expect(
      classifyFacts(
        'The Norland coast guard formed a reserve of patrol boats at the harbour board’s request, to be sent out in case smugglers return.',
        'The Norland coast guard formed a reserve of patrol boats at the harbour board’s request.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads "earlier" or "next" before a period as a time, not another occurrence', () => {
    const published = { published: ['2026-04-20', '2026-04-28'] as const };
    const ballot = 'The Dunmore nurses union said 87 per cent of its members backed the strike.';
    expect(
      classifyFacts(
        ballot,
        'The Dunmore nurses union said 84 per cent of its members backed the strike earlier this month.',
        published,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    // The time is still compared: the same words a month apart count from other months.
    expect(
      classifyFacts(
        ballot,
        'The Dunmore nurses union said 84 per cent of its members backed the strike earlier this month.',
        { published: ['2026-04-20', '2026-05-02'] },
      ),
    ).toEqual({ kind: 'different-fact', reason: 'relative time from different dates' });
    // Without a period after it, "earlier" still makes another occurrence.
    expect(
      classifyFacts(
        ballot,
        'The Dunmore nurses union said 84 per cent of its members backed an earlier strike.',
        published,
      ),
    ).toEqual({ kind: 'different-fact', reason: 'another occurrence' });
  });

  it('keeps different days, ordinals, names or words swapped in one place apart', () => {
    expect(
      classifyFacts(
        'Several hundred fishers protested outside the Dunmore town hall on Monday against quota cuts.',
        'Several hundred fishers protested outside the Dunmore town hall on Thursday against quota cuts.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different days' });
    expect(
      classifyFacts(
        'The regional board imposed a second round of penalties on the dredging contractor.',
        'The regional board imposed a third round of penalties on the dredging contractor.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'another occurrence' });
    expect(
      classifyFacts(
        'The Harlow county council approved the estuary barrier budget after a long debate.',
        'The Dunmore county council approved the estuary barrier budget after a long debate.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different names' });
    expect(
      classifyFacts(
        'The county council voted on Tuesday to close the estuary barrier gates for the winter.',
        'The county council voted on Tuesday to open the estuary barrier gates for the winter.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different words in one place' });
    expect(
      classifyFacts(
        'The independent shellfish survey of the Harlow estuary began in May.',
        'The independent cost review of the Harlow estuary began in May.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different words in one place' });
    // Swapped verbs of attribution are no different words.
    expect(
      classifyFacts(
        'Council leader Tomas Varga told reporters the money for the Harlow barrier was on the table.',
        'Council leader Tomas Varga said the money for the Harlow barrier was on the table.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads an age as its own kind of number, never set against a count', () => {
    const age = (text: string) =>
      factValues(text).positioned.flatMap((v) => ('number' in v ? [v.kind] : []));
    expect(age('Tom Reyne, 52, of Ashby Road, said the bins were late.')).toEqual(['age']);
    expect(age('The driver, aged 41, was unhurt.')).toEqual(['age']);
    expect(age('A 79-year-old man spent four nights on a ward.')).toEqual(['age', 'count']);
    expect(age('Ruth Ames, whose two dogs were lost, said the search went on.')).toEqual(['count']);
    // "38" is her age, "two" counts her children: different measured things, no disagreement.
    expect(
      classifyFacts(
        'Mara Voss, 38, of Lower Hythe, said both of her sons had been ill since Friday.',
        'Mara Voss, whose two sons were among the first to fall ill, said the offer was an insult.',
        { asked: 'number' },
      ).kind,
    ).toBe('different-fact');
    // Two ages of one person do disagree.
    expect(
      classifyFacts(
        'Mara Voss, 38, of Lower Hythe, said her sons had been ill.',
        'Mara Voss, 39, of Lower Hythe, said her sons had been ill.',
        { asked: 'number' },
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('does not set a running count against a later total of the same tally', () => {
    // A count said as it stands (the present perfect) and a week later's total ("In all") are
    // two states of one growing tally, not two sources disagreeing.
    const early =
      'Nine people have been treated for burns after a fire at a timber yard in Wexley, the ambulance service said.';
    const total = 'In all, 16 people were treated for burns, according to the ambulance service.';
    const weekApart = {
      asked: 'number' as const,
      published: ['2026-02-04', '2026-02-11'] as const,
    };
    expect(classifyFacts(early, total, weekApart).kind).toBe('different-fact');
    expect(classifyFacts(total, early, weekApart).kind).toBe('different-fact');
    // Near miss: the same two reports of one day do differ on the number (a day apart, the
    // count told in the present perfect may have moved: differ-dimensions.test.ts).
    const sameDay = { asked: 'number' as const, published: ['2026-02-04', '2026-02-04'] as const };
    expect(classifyFacts(early, total, sameDay)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    // And counts told as plain past events, a week apart, still differ.
    expect(
      classifyFacts(
        'Nine people were treated for burns after a fire at a timber yard in Wexley, the ambulance service said.',
        'Sixteen people were treated for burns after a fire at a timber yard in Wexley, the ambulance service said.',
        weekApart,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('does not set a changing figure given weeks apart against itself', () => {
    const risen = (n: number) => `Reported sightings have risen to ${n}, the wildlife trust said.`;
    // Weeks apart, or when either date is unknown: two moments of one growing figure.
    expect(
      classifyFacts(risen(48), risen(112), {
        asked: 'number',
        published: ['2025-03-11', '2025-04-05'],
      }).kind,
    ).toBe('different-fact');
    expect(classifyFacts(risen(48), risen(112), { asked: 'number' }).kind).toBe('different-fact');
    // The same day or the next: the reports do differ.
    expect(
      classifyFacts(risen(48), risen(112), {
        asked: 'number',
        published: ['2025-03-11', '2025-03-12'],
      }),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    // A figure not said to change is compared whatever the dates.
    expect(
      classifyFacts(
        'The final cost of the bridge was €15.6 million, the council said.',
        'The final cost of the bridge was €16.1 million, the council said.',
        { asked: 'number', published: ['2025-03-11', '2025-06-05'] },
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('does not confirm counts of one thing that do not agree', () => {
    expect(
      classifyFacts(
        'Police said 3 people were arrested and 20 were injured in the clashes at the harbour.',
        'Police said 20 people were arrested and 3 were injured in the clashes at the harbour.',
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        'The council approved the barrier on Tuesday by eight votes to five, officials said.',
        'Officials said the council approved the barrier on Tuesday, 8-5.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('finds a month and a day of another month in the same place a disagreement, and does not take a pronoun for a name', () => {
    // Both dates follow "south channel began": when the dredging began, which the reports differ on.
    expect(
      classifyFacts(
        'Dredging on the south channel, which began in May, has continued despite the findings.',
        'According to the harbour board, dredging on the south channel began on June 7.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
    expect(
      classifyFacts(
        'Harbour master Ana Ruiz said the finance board would discuss the dredging report when it meets on Wednesday.',
        'He said the finance board would discuss the dredging report when it meets on Wednesday.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'holders not shown to be one' });
    // "He" resolves in its own article: named alike, the speakers are one.
    expect(
      classifyFacts(
        'Harbour master Ana Ruiz said the finance board would discuss the dredging report when it meets on Wednesday.',
        'Ms Ruiz said the finance board would discuss the dredging report when it meets on Wednesday.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('does not claim a disagreement from a shared month alone', () => {
    expect(
      classifyFacts(
        'EU foreign ministers met in Brussels in November 2020 to discuss sanctions.',
        'Thousands of fishers marched in Grimsvik in November 2020 against the quota cuts.',
        { asked: 'place' },
      ).kind,
    ).toBe('different-fact');
  });

  it('does not confirm a count with a report that states none', () => {
    expect(
      classifyFacts(
        'The port authority impounded 40 trawlers in Grimsvik harbour after the storm, the harbour master said.',
        'The port authority impounded trawlers in Grimsvik harbour after the storm, the harbour master said.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'a count on one side only' });
  });

  it('keeps a later occurrence of the same kind of event apart', () => {
    expect(
      classifyFacts(
        'Norland and Vestria signed a fisheries treaty on quotas in 2018.',
        'Norland and Vestria signed subsequent fisheries treaties on quotas in 2019.',
      ).kind,
    ).toBe('different-fact');
  });

  it('does not call a dated fact the same as an undated one of the same kind', () => {
    expect(
      classifyFacts(
        'In June 2021, the two coast guards signed an agreement on joint patrols and rescue drills.',
        'The coast guards of both countries signed an agreement on joint patrols and rescue drills.',
      ).kind,
    ).toBe('different-fact');
  });

  it('takes spelling variants and derived forms of a word for one word', () => {
    expect(
      classifyFacts(
        'Lindqvista of Vestria signed the accord with Rosgvardia.',
        'Lindqvist, the Vestrian envoy, signed an accord with Rosgvardiya.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('finds the same fact in other words when values agree', () => {
    expect(
      classifyFacts(
        'On March 3, 2019, the Norland foreign minister signed the fisheries treaty with Vestria in Oslo.',
        'The fisheries treaty with Vestria was signed by the Norland foreign minister in Oslo on March 3, 2019.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reports a disagreement on the place of one dated event, but not a different fact', () => {
    expect(
      classifyFacts(
        'The fisheries treaty "made in the city of Oslo on March 3, 2019" takes effect at once.',
        'In March 2019, the Norland and Vestria ministries signed in Bergen a fisheries treaty.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'place' });
    expect(
      classifyFacts(
        'The fisheries treaty was signed in Oslo on March 3, 2019.',
        'A trade pact was signed in Bergen on June 9, 2021.',
      ).kind,
    ).toBe('different-fact');
  });

  it('reports numbers and days that differ between nearly identical reports', () => {
    expect(
      classifyFacts(
        'The council fined 12 fishing firms on May 2.',
        'The council fined 30 fishing firms on May 2.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(
      classifyFacts(
        'The mayors met in Tromsø on September 14 and agreed to close the quay.',
        'The mayors met in Tromsø on September 4 and agreed to close the quay.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
  });

  it('does not call reports that differ on two aspects a disagreement', () => {
    expect(
      classifyFacts(
        'The fisheries ministers met in Oslo on March 3, 2019 and signed the quota treaty.',
        'The fisheries ministers met in Bergen on June 9, 2019 and signed the quota treaty.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different date, place' });
    expect(
      classifyFacts(
        'The fisheries ministers met in Oslo on March 3, 2019 and signed the quota treaty.',
        'The fisheries ministers met in Bergen on March 3, 2019 and signed the quota treaty.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'place' });
  });

  it('reports only the aspect a question asks about', () => {
    const a =
      'The fisheries treaty "made in the city of Oslo on March 3, 2019" takes effect at once.';
    const b =
      'In March 2019, the Norland and Vestria ministries signed in Bergen a fisheries treaty.';
    expect(classifyFacts(a, b, { asked: 'date' }).kind).toBe('different-fact');
    expect(classifyFacts(a, b, { asked: 'place' })).toEqual({
      kind: 'disagree',
      aspect: 'place',
    });
  });

  describe('values in the same place of shared wording', () => {
    it('sets the amount after the same words against each other, not an estimate beside it', () => {
      expect(
        classifyFacts(
          'The port authority put the final cost at €8.4 million.',
          'The final cost of the dredging was €7.9 million, the port authority said, below the €9 million estimate given in May.',
        ),
      ).toEqual({ kind: 'disagree', aspect: 'number', anchor: ['final', 'cost'] });
      // The same amount in the same place: no disagreement, whatever else one of them adds.
      expect(
        classifyFacts(
          'The port authority put the final cost at €8.4 million.',
          'The final cost of the dredging was €8.4 million, the port authority said, below the €9 million estimate given in May.',
        ).kind,
      ).not.toBe('disagree');
    });

    it('claims nothing when the reports differ in a second place too', () => {
      // Different names and different words ("west" / "east") besides the hour.
      expect(
        classifyFacts(
          'Harbour master Lena Dahl opened the gate at the west end of the quay at 9 a.m.',
          'Port director Olaf Brun opened the gate at the east end of the quay at 10 a.m.',
        ).kind,
      ).toBe('different-fact');
      // Two counts each, swapped: two places differ.
      expect(
        classifyFacts(
          'Police said 3 people were arrested and 20 were injured at the harbour.',
          'Police said 20 people were arrested and 3 were injured at the harbour.',
        ).kind,
      ).toBe('different-fact');
    });

    it('does not set a plan against an outcome', () => {
      expect(
        classifyFacts(
          'The dredging is expected to cost €7 million, the port authority said.',
          'The dredging cost €7.9 million, the port authority said.',
        ).kind,
      ).toBe('different-fact');
    });
  });

  it('reads amounts with a decimal and a multiplier exactly', () => {
    expect(factValues('The work cost €16.1 million, or €16.1m.').numbers).toEqual([
      '16100000',
      '16100000',
    ]);
  });

  it('does not read the month May as the modal "may"', () => {
    expect(
      classifyFacts(
        'Piling on the west quay, which began in May, cost the port authority €2 million.',
        'Piling on the west quay cost the port authority €2 million.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('never sets numbers of different kinds or of different things against each other', () => {
    // Money and a share.
    expect(
      classifyFacts(
        'The regional board has agreed to put an extra $24 million into the harbour wall.',
        'The regional board has agreed to pay 60 percent of the harbour wall.',
      ).kind,
    ).not.toBe('disagree');
    // Tonnes and people, after the same words.
    expect(
      classifyFacts(
        'All eleven gates closed across the mouth of the fjord, watched by hundreds of people.',
        'Eleven steel gates stand across the mouth of the fjord, each weighing about 310 tonnes.',
      ).kind,
    ).not.toBe('disagree');
    // Different words on both sides of the same subject: "approached" / "increased by".
    expect(
      classifyFacts(
        'In 1959 the harbour board deficit approached $4 million.',
        'The harbour board deficit increased by nearly $11 million in three years.',
      ).kind,
    ).not.toBe('disagree');
  });

  it('never joins a quotation to another act of its speaker by where the speaker was', () => {
    // The place belongs to the telling ("told reporters at …"), not to what was said.
    expect(
      classifyFacts(
        "Ines Varga, the head coach, watched the final by video link from the club's boathouse.",
        '"This is the race we trained for," head coach Ines Varga told reporters at the club\'s boathouse.',
        { published: ['2026-06-14', '2026-06-10'] },
      ).kind,
    ).toBe('different-fact');
  });

  it('compares what is reported, not the framing two reports share', () => {
    const framing = 'Harbour master Ana Ruiz, who opposed the Kessel dredging in May, said';
    expect(
      classifyFacts(
        `${framing} the survey was "late and incomplete."`,
        `${framing} the board had "ignored the fishers entirely."`,
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different things said' });
    expect(
      classifyFacts(
        'The Grimsvik port authority impounded 40 trawlers on Monday, Interfax reported.',
        'According to Russian media, the Grimsvik port authority impounded 40 trawlers on Monday.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('sets two weekdays named with the same date against each other, never two bare weekdays', () => {
    const on = (day: string) =>
      `The Tarn parish board approved the ferry landing repairs on ${day}.`;
    expect(classifyFacts(on('Tuesday 12 March'), on('Wednesday 12 March'))).toMatchObject({
      kind: 'disagree',
      aspect: 'date',
    });
    expect(
      classifyFacts(on('Tuesday, March 12, 2019'), on('Wednesday, March 12, 2019')),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
    // Bare weekdays may be two occurrences; so may a bare weekday against a dated one.
    expect(classifyFacts(on('Tuesday'), on('Wednesday'))).toEqual({
      kind: 'different-fact',
      reason: 'different days',
    });
    expect(classifyFacts(on('Tuesday 12 March'), on('Wednesday'))).toEqual({
      kind: 'different-fact',
      reason: 'different days',
    });
  });

  it('compares weekdays named with their dates by those dates, as the dates alone would be', () => {
    const on = (day: string) =>
      `The Harl Bridge road reopened to traffic on ${day} after the landslide repairs.`;
    const byDates = classifyFacts(on('7 June'), on('8 June'));
    expect(byDates).toMatchObject({ kind: 'disagree', aspect: 'date' });
    expect(classifyFacts(on('Sunday 7 June'), on('Monday 8 June'))).toMatchObject({
      kind: 'disagree',
      aspect: 'date',
    });
    expect(
      classifyFacts(on('Sunday, June 7, 2026,'), on('Monday, June 8, 2026,'), { asked: 'date' }),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
    expect(classifyFacts(on('Sunday 7 June'), on('Sunday 7 June'))).toEqual({ kind: 'same-fact' });
  });

  it('counts a long name as one shared thing, and a number written as a word as a value', () => {
    expect(
      classifyFacts(
        "The Tarn Inshore Fishers' Association has warned that the barrier's gates could harm the mussel beds.",
        "Members of the Tarn Inshore Fishers' Association watched from their boats.",
      ).kind,
    ).toBe('different-fact');
    // "eleven" is what the two sentences count, not what they are about.
    expect(
      classifyFacts(
        'The barrier is a line of eleven steel gates across the mouth of the fjord, each weighing about 310 tonnes.',
        'For the first time, all eleven gates of the Kessel Tidal Barrier swung shut together on Sunday, sealing the mouth of the fjord in a test.',
      ).kind,
    ).toBe('different-fact');
    expect(termUnits("Members of the Tarn Inshore Fishers' Association met Ana Ruiz.")).toEqual([
      ['member'],
      ['tarn', 'inshor', 'fisher', 'associ'],
      ['met'],
      ['ana', 'ruiz'],
    ]);
  });

  it('compares tallies of one vote as one value: different tallies disagree, never confirm', () => {
    const vote = 'The Tarn parish board voted 8-5 to sell the old ferry slipway on Tuesday.';
    expect(
      classifyFacts(
        vote,
        'The Tarn parish board voted 9-4 to sell the old ferry slipway on Tuesday.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(
      classifyFacts(
        vote,
        'On Tuesday the Tarn parish board voted by nine votes to four to sell the old ferry slipway.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(
      classifyFacts(
        vote,
        'On Tuesday the Tarn parish board voted by eight votes to five to sell the old ferry slipway.',
      ),
    ).toEqual({ kind: 'same-fact' });
    // A tally is not a count: "8 members" is neither the same value nor a different one.
    expect(
      classifyFacts(
        vote,
        'The Tarn parish board voted to sell the old ferry slipway on Tuesday, 8 members in favour.',
      ).kind,
    ).toBe('different-fact');
  });

  it('compares values only of the same event word and stance where each stands', () => {
    // A stop that happened and a start that is planned: two events, not a date disagreement.
    expect(
      classifyFacts(
        'Dredging of the Kessel canal stopped on 9 March after the pumps failed at the Ostry lock.',
        'Dredging of the Kessel canal at the Ostry lock is expected to start in June.',
      ).kind,
    ).not.toBe('disagree');
    // The same verb, but an outcome against an expectation (the stance governs the shared verb).
    expect(
      classifyFacts(
        'Dredging of the Kessel canal at the Ostry lock started on 9 March.',
        'Dredging of the Kessel canal at the Ostry lock is expected to start on 19 March.',
      ).kind,
    ).not.toBe('disagree');
    // The same event word and stance: the dates are set against each other.
    expect(
      classifyFacts(
        'Dredging of the Kessel canal stopped on 9 March after the pumps failed at the Ostry lock.',
        'Dredging of the Kessel canal stopped on 19 March after the pumps failed at the Ostry lock.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
  });
});

describe('event word of a date', () => {
  it('is the nearest content word before the date, past date words and modifiers', () => {
    expect(eventWordBefore('Work stopped on 4 December.', 'Work stopped on '.length)).toBe(
      stem('stopped').slice(0, 6),
    );
    const late = 'The quay reopened in late August.';
    expect(eventWordBefore(late, late.indexOf('August'))).toBe(stem('reopened').slice(0, 6));
    const weekday = 'The board voted on Thursday 24 April.';
    expect(eventWordBefore(weekday, weekday.indexOf('24'))).toBe(stem('voted').slice(0, 6));
    expect(eventWordBefore('On 4 May.', 3)).toBeNull();
  });
});

describe('stances read from the words around the claim', () => {
  it('keeps an obligation apart from a possibility, and from a fact', () => {
    const exchange = (verb: string) =>
      `The two Tarnby agencies ${verb} exchange information on smuggling groups.`;
    expect(classifyFacts(exchange('may'), exchange('must'))).toEqual({
      kind: 'different-fact',
      reason: 'modality',
    });
    expect(classifyFacts(exchange('have to'), exchange('must'))).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(exchange('regularly'), exchange('should'))).toEqual({
      kind: 'different-fact',
      reason: 'obligation',
    });
  });

  it('reads a closing frame that hedges the whole sentence as governing all of it', () => {
    const rose = 'The cost of the Tarnby harbour wall rose to $241 million';
    expect(
      classifyFacts(`${rose}, an audit found.`, `${rose}, a leaked forecast suggested.`),
    ).toEqual({
      kind: 'different-fact',
      reason: 'modality',
    });
    expect(classifyFacts(`${rose}, an audit found.`, `${rose}, critics claimed.`)).toEqual({
      kind: 'different-fact',
      reason: 'allegation',
    });
    expect(classifyFacts(`${rose}, an audit found.`, `${rose}, the audit found.`)).toEqual({
      kind: 'same-fact',
    });
  });

  it('keeps "has yet to" apart from what has happened', () => {
    expect(
      classifyFacts(
        'The Tarnby council has approved funding for the harbour wall repairs.',
        'The Tarnby council has yet to approve funding for the harbour wall repairs.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'polarity' });
  });
});
