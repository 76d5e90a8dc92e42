/**
 * Two reports sharing what an act is about but neither the act nor who did it (an application
 * and the ruling on it) are two events, never "also reported by"; the same act told alike, or by
 * one subject in other words, stays one fact.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact, classifyFacts } from '../../src/search/select/fact-relation.js';
import { actsApart } from '../../src/search/select/fact-acts.js';

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

  it('one subject telling its act in other words is not set apart', () => {
    const signed = analyseFact(
      'The Ferncombe harbour board has signed a cooperation agreement with the coastguard.',
    );
    const concluded = analyseFact(
      "Ferncombe's harbour board and the coastguard concluded a cooperation agreement.",
    );
    expect(actsApart(signed, concluded)).toBe(false);
    // Near miss: the same words from another subject are set apart.
    const judge = analyseFact('A High Court judge concluded a cooperation agreement.');
    expect(actsApart(signed, judge)).toBe(true);
  });

  it('a report telling no act is never set apart by its act', () => {
    const noAct = analyseFact('A judicial review of the slipway closure.');
    expect(actsApart(analyseFact(applied), noAct)).toBe(false);
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

  it('an act with no stated subject is not set apart', () => {
    const unstated = analyseFact('It also covered cooperation against smuggling on the coast.');
    const signed = analyseFact(
      'The Ferncombe harbour board has signed a cooperation agreement against smuggling.',
    );
    expect(actsApart(unstated, signed)).toBe(false);
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

  it('one subject and one object, the act in other words, is not set apart', () => {
    const approved = analyseFact('The Harlow planning committee approved the quarry extension.');
    const backed = analyseFact('The Harlow planning committee backed the quarry extension.');
    expect(actsApart(approved, backed)).toBe(false);
    // Near miss: nothing but the subject shared.
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
