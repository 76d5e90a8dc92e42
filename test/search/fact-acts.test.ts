/**
 * Two reports sharing what an act is about but neither the act nor who did it (an application
 * and the ruling on it) are two events, never "also reported by"; the same act told alike, or by
 * one subject in other words, stays one fact.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { actsApart } from '../../src/search/select/fact-acts.js';
import { buildSynonymTable } from '../../src/search/synonyms.js';

const applied =
  "The Ferncombe Boatmen's Guild has applied for a judicial review of the council's decision to close the slipway.";
const refused =
  "A High Court judge has refused permission for a judicial review of Ferncombe Town Council's decision to close its slipway.";
const months = { published: ['2025-11-28', '2026-03-06'] as const };
const days = { published: ['2025-11-28', '2025-11-29'] as const };

describe('an act and another act on the same thing', () => {
  it('an application and its refusal are two events, both ways round', () => {
    expect(classifyFacts(applied, refused, months)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
    expect(classifyFacts(refused, applied, months).kind).toBe('different-fact');
    // Not a matter of the months between them.
    expect(classifyFacts(applied, refused, days).kind).toBe('different-fact');
  });

  it('a ruling that names the application is still another act', () => {
    const ruling =
      "A High Court judge has refused the guild's application for a judicial review of the council's decision to close the slipway.";
    expect(classifyFacts(applied, ruling, days).kind).toBe('different-fact');
  });

  it('the same act told by two reports is one fact', () => {
    const again =
      "The boatmen's guild has applied for a judicial review of Ferncombe council's decision to close the slipway.";
    expect(classifyFacts(applied, again, days)).toEqual({ kind: 'same-fact' });
  });

  it('one subject telling its act in words WordNet does not list as synonyms is two acts', () => {
    const signed = analyseFact(
      'The Ferncombe harbour board has signed a cooperation agreement with the coastguard.',
    );
    const approved = analyseFact(
      "Ferncombe's harbour board and the coastguard approved a cooperation agreement.",
    );
    // A missed claim, never a false one: "signed" and "approved" share no WordNet sense.
    expect(actsApart(signed, approved)).toBe(true);
    // "Signed" and "concluded" a compact both tell only that it was made (session 30,
    // fact-support-verbs.ts `COMPACT_VERBS`): one act.
    const concluded = analyseFact(
      "Ferncombe's harbour board and the coastguard concluded a cooperation agreement.",
    );
    expect(actsApart(signed, concluded)).toBe(false);
    // Near miss: the same act in the same word stays one.
    const alsoSigned = analyseFact(
      "Ferncombe's harbour board and the coastguard signed a cooperation agreement.",
    );
    expect(actsApart(signed, alsoSigned)).toBe(false);
  });

  it('a report telling no act is one fact with an act only when it names the act', () => {
    // What the act is about, not the act: another claim.
    const noAct = analyseFact('A judicial review of the slipway closure.');
    expect(actsApart(analyseFact(applied), noAct)).toBe(true);
    // Near miss: the act's noun tells the act.
    const named = analyseFact('An application for a judicial review of the slipway closure.');
    expect(actsApart(analyseFact(applied), named)).toBe(false);
  });

  it('a verb describing a thing named, part of an adjective or framing a finding is not the act', () => {
    const described =
      'The long-awaited slipway extension, completed in 2019, ran about 12 per cent over budget.';
    const audit =
      'A regional audit found that the slipway extension ran about 12 per cent over budget.';
    expect(classifyFacts(described, audit, days)).toEqual({ kind: 'same-fact' });
  });
});

describe('the actors of two acts', () => {
  it('an act whose actor the other report also names is not set apart', () => {
    const suspended = analyseFact(
      'Ferry services to Garra Island were suspended by the harbour board on Friday.',
    );
    const confirmed = analyseFact(
      'The harbour board confirmed the suspension of ferry services to Garra Island on Friday.',
    );
    expect(actsApart(suspended, confirmed)).toBe(false);
  });

  it('an act told by the other with no stated subject is not set apart', () => {
    const unstated = analyseFact('It also signed a pact against smuggling on the coast.');
    const signed = analyseFact(
      'The Ferncombe harbour board has signed a cooperation agreement against smuggling.',
    );
    expect(actsApart(unstated, signed)).toBe(false);
    // Near miss: another act, whoever did it, is another fact.
    const covered = analyseFact('It also covered cooperation against smuggling on the coast.');
    expect(actsApart(covered, signed)).toBe(true);
  });
});

describe('event words from the index', () => {
  it('reads the act in the order of the text, whatever order the saved words come in', () => {
    const reversed = (text: string) => {
      const fact = analyseFact(text);
      return analyseFact(text, new Set([...fact.events()].reverse()));
    };
    expect(actsApart(reversed(applied), reversed(refused))).toBe(true);
  });
});

describe('one subject, two things said of it', () => {
  const days2 = { published: ['2026-05-20', '2026-06-12'] as const };

  it('a man named by his arrest, with two outcomes, is two facts', () => {
    const remained = 'The 31-year-old woman detained in Harlow last week remained on bail.';
    const released =
      'The 31-year-old woman detained in Harlow last week was released without charge.';
    expect(classifyFacts(remained, released, days2)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
    expect(classifyFacts(released, remained, days2).kind).toBe('different-fact');
  });

  it('the same outcome of the same arrest stays one fact', () => {
    const released =
      'The 31-year-old woman detained in Harlow last week was released without charge.';
    const again =
      'The 31-year-old woman detained in Harlow last week has been released without charge.';
    expect(classifyFacts(released, again, { published: ['2026-05-20', '2026-05-20'] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('one subject and one object, the act in a word that is not its synonym, is two facts', () => {
    const approved = analyseFact('The Harlow planning committee approved the quarry extension.');
    const backed = analyseFact('The Harlow planning committee backed the quarry extension.');
    expect(actsApart(approved, backed)).toBe(true);
    const met = analyseFact('The Harlow planning committee met in private.');
    expect(actsApart(approved, met)).toBe(true);
  });
});

describe('an act and a state said of the same thing', () => {
  const sameDay = { published: ['2026-11-05', '2026-11-05'] as const };

  it('running out and being available are not one fact, both ways round', () => {
    const ranOut = 'The chemist on Elm Road had run out of ibuprofen by Friday.';
    const available = 'Ibuprofen is available at the chemist on Elm Road on Friday.';
    expect(classifyFacts(ranOut, available, sameDay)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
    expect(classifyFacts(available, ranOut, sameDay).kind).toBe('different-fact');
  });

  it('a state that the act names, or an act that names the state, may be one fact', () => {
    // Near misses: "declared … open" / "was open"; "ran out" / "was out" (no content word after
    // the copula to set against the act).
    expect(
      classifyFacts(
        'The council declared the Elm Road bridge open on Friday after repairs.',
        'The Elm Road bridge was open on Friday after repairs.',
        sameDay,
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(
        'The chemist on Elm Road ran out of ibuprofen on Friday.',
        'The chemist on Elm Road was out of ibuprofen on Friday.',
        sameDay,
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});

describe('a report read after another', () => {
  const sameDay = { published: ['2026-11-05', '2026-11-05'] as const };
  const declared = 'The council declared the Elm Road bridge open on Friday after repairs.';
  const wasOpen = 'The Elm Road bridge was open on Friday after repairs.';

  it('is read alike whatever report was read before it', () => {
    // A report whose only verb describes a thing named and whose copula stands late: reading
    // it once left the copula pattern's place in the text behind for the next report.
    const earlier = analyseFact(
      'For many years now, by every account given in the town, its best-known project is the harbour terminal, completed in 2017.',
    );
    actsApart(earlier, analyseFact('The harbour board signed an agreement with the coastguard.'));
    expect(classifyFacts(declared, wasOpen, sameDay)).toEqual({ kind: 'same-fact' });
  });

  it('reads the copula of a report whose only verb describes a thing named', () => {
    // "repaired over the summer" describes the bridge; "was open" says what it is.
    const described = analyseFact(
      'The Elm Road bridge, repaired over the summer, was open on Friday.',
    );
    expect(actsApart(described, analyseFact(declared))).toBe(false);
    // Near miss: what it is said to be is nothing the other report tells.
    const closed = analyseFact(
      'The Elm Road bridge, repaired over the summer, was busy on Friday.',
    );
    expect(actsApart(closed, analyseFact(declared))).toBe(true);
  });
});

describe('one report of a casualty told two ways', () => {
  it('"one of the injured … is said to be stable" is the same fact as the plain report', () => {
    // "the injured" names people (no act of its own), and "is said to be" names no speaker.
    expect(
      classifyFacts(
        'A 12-year-old girl from Ashby was taken to Kell Hospital on Sunday, police confirmed.',
        'One of the injured, a 12-year-old girl from Ashby, was taken to Kell Hospital on Sunday and is said to be stable.',
        { published: ['2026-03-16', '2026-03-18'] },
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});

describe('main predicates: one fact only when they tell one act', () => {
  const sameDay = { published: ['2025-06-01', '2025-06-01'] as const };
  // The corpus's synonym table as the index builds it from WordNet (synonyms.ts).
  const table = new Map(
    buildSynonymTable(
      new Set(['close', 'shut', 'sold', 'sell', 'own', 'reopen', 'council', 'bridge', 'plant']),
    ),
  );
  const synonyms = (stem: string) => table.get(stem) ?? [];
  const relate = (a: string, b: string) => classifyFacts(a, b, { ...sameDay, synonyms });

  it('owning and reopening one pool are two facts, both ways round', () => {
    const owned = 'The Brookside pool is owned by Fenby Borough Council.';
    const reopened = 'Council leader Ann Hale reopened the Brookside pool on Saturday.';
    expect(relate(owned, reopened)).toEqual({ kind: 'different-fact', reason: 'different acts' });
    expect(relate(reopened, owned).kind).toBe('different-fact');
  });

  it('shutting and selling one plant, by one company, are two facts', () => {
    expect(
      relate('The Kelby plant was shut by Harrow Mills.', 'Harrow Mills sold the Kelby plant.'),
    ).toEqual({ kind: 'different-fact', reason: 'different acts' });
  });

  it('an act told only in a clause describing a thing named is not the news', () => {
    expect(
      relate(
        'Council leader Ann Hale reopened the Brookside pool, which is owned by Fenby Borough Council.',
        'The Brookside pool is owned by Fenby Borough Council.',
      ).kind,
    ).toBe('different-fact');
  });

  it('one act told in a WordNet synonym, or in the passive, is one fact', () => {
    expect(
      relate(
        'The Kelby bridge was closed by the county council after the flood.',
        'The county council shut the Kelby bridge after the flood.',
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'Ann Hale opened the new Kelby library on Saturday.',
        'The new Kelby library was opened on Saturday by the council leader, Ann Hale.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('a denial, a plan, another day and another figure are not the act reported', () => {
    const sold = 'Harrow Mills sold the Kelby site to Marlow Homes on Tuesday for £12m.';
    expect(
      relate(
        'Harrow Mills denied that it had sold the Kelby site to Marlow Homes on Tuesday for £12m.',
        sold,
      ).kind,
    ).toBe('different-fact');
    expect(
      relate('Harrow Mills plans to sell the Kelby site to Marlow Homes on Tuesday for £12m.', sold)
        .kind,
    ).toBe('different-fact');
    expect(
      relate('Harrow Mills sold the Kelby site to Marlow Homes on Friday for £12m.', sold).kind,
    ).toBe('different-fact');
    expect(
      relate('Harrow Mills sold the Kelby site to Marlow Homes on Tuesday for £15m.', sold).kind,
    ).not.toBe('same-fact');
  });
});

describe("an act's synonym in a clause of time or reason tells that clause's event, not the act", () => {
  // WordNet lists "stay" and "stop" as one sense (stay, stop, halt, arrest …).
  const table = new Map(buildSynonymTable(new Set(['stay', 'stop', 'allow', 'resid', 'evacu'])));
  const synonyms = (stem: string) => table.get(stem) ?? [];
  const published = ['2025-03-14', '2025-03-17'] as const;
  const staying = 'The residents evacuated from Tarn are still staying in Brenna.';
  const allowedBack =
    'The Tarn residents who were evacuated last week were allowed back into their homes on Sunday, after new sensors showed the slope had stopped moving.';

  it('"still staying in Brenna" is not "also reported by" "allowed back …, after … had stopped moving"', () => {
    expect(synonyms('stay')).toContain('stop');
    expect(classifyFacts(staying, allowedBack, { published, synonyms }).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(allowedBack, staying, { published, synonyms }).kind).toBe(
      'different-fact',
    );
  });

  it('near miss: the act told in the main clause by a synonym stays one fact', () => {
    const halted = 'Crews halted work on the Tarn slope on Sunday.';
    const stopped =
      'Crews stopped work on the Tarn slope on Sunday, after sensors showed movement.';
    const table2 = new Map(buildSynonymTable(new Set(['halt', 'stop', 'crew', 'work'])));
    expect(
      classifyFacts(halted, stopped, {
        published: ['2025-03-17', '2025-03-17'],
        synonyms: (stem) => table2.get(stem) ?? [],
      }).kind,
    ).toBe('same-fact');
  });
});
