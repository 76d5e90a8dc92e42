import { describe, expect, it } from 'vitest';
import {
  framedAsSource,
  framedAsSpeaker,
  heldAsSubject,
} from '../../src/search/plan/source-framing.js';
import { termsOf, tokenize } from '../../src/text/terms.js';

const framed = (question: string) => [...framedAsSource(question, tokenize(question))].sort();

describe('a name the question frames as a source', () => {
  it('follows an attribution: "according to", "per", a reporting verb’s "by"', () => {
    expect(framed('according to Northgate, when will the plant reopen')).toEqual(
      termsOf('Northgate'),
    );
    expect(framed('how many jobs go per the Kelby Courier')).toEqual(
      termsOf('Kelby Courier').sort(),
    );
    expect(framed('what was reported by the Courier about the plant')).toEqual(termsOf('Courier'));
  });

  it('is the subject of a verb of saying or stance', () => {
    expect(framed('what did Northgate say about the plant')).toEqual(termsOf('Northgate'));
    expect(framed('has Northgate Foods confirmed the date')).toEqual(
      termsOf('Northgate Foods').sort(),
    );
    expect(framed('what does Hale claim')).toEqual(termsOf('Hale'));
  });

  it('owns or modifies a word for a published piece', () => {
    expect(framed("what is in Northgate's statement")).toEqual(termsOf('Northgate'));
    expect(framed('in the Kelby Courier article, who spoke')).toEqual(
      termsOf('Kelby Courier').sort(),
    );
    expect(framed("in Lincoln's 1862 message")).toEqual(termsOf('Lincoln 1862').sort());
  });

  it('owns a piece by the apostrophe alone after a name ending in s, as by "\'s"', () => {
    expect(framed("what is in Kelby Foods' statement")).toEqual(termsOf('Kelby Foods').sort());
    expect(framed('what is in Kelby Foods’ statement')).toEqual(termsOf('Kelby Foods').sort());
    expect(framed("Radio Kessels' latest")).toEqual(termsOf('Radio Kessels').sort());
    // A quotation mark after a word that does not end in s closes a quote: no possessive.
    expect(framed("what is in 'Kelby' statement")).toEqual([]);
  });

  it('is not a name the question asks about', () => {
    expect(framed('when will Northgate reopen the plant')).toEqual([]);
    expect(framed('how many workers did Northgate lay off')).toEqual([]);
    // A comma ends the name: "Northgate" is not who the "report" is by.
    expect(framed('Northgate, report the lay-offs')).toEqual([]);
  });
});

describe('a name with nothing but its coverage asked', () => {
  it('is framed as a source', () => {
    expect(framed('anything from Radio Kessel?')).toEqual(termsOf('Radio Kessel').sort());
    expect(framed('any news from the Kelby Courier')).toEqual(termsOf('Kelby Courier').sort());
    expect(framed("what's the latest from Northgate?")).toEqual(termsOf('Northgate'));
    expect(framed("what's Radio Kessel reporting")).toEqual(termsOf('Radio Kessel').sort());
    expect(framed("Radio Kessel's latest")).toEqual(termsOf('Radio Kessel').sort());
    expect(framed('recent Radio Kessel stories')).toEqual(termsOf('recent Radio Kessel').sort());
  });

  it('is not where other words are asked, after a word of topic, or alone', () => {
    expect(framed('when will staff from Northgate return')).toEqual([]);
    expect(framed('who is the woman from Brindle')).toEqual([]);
    expect(framed('what is the news on Northgate')).toEqual([]);
    expect(framed('anything about Northgate?')).toEqual([]);
    expect(framed('Northgate?')).toEqual([]);
  });
});

describe('a name framed as a speaker', () => {
  const speaker = (question: string) => [...framedAsSpeaker(question, tokenize(question))].sort();
  it('is one that says, states or is attributed', () => {
    expect(speaker('what did Northgate say about the plant')).toEqual(termsOf('Northgate'));
    expect(speaker('according to Northgate, when will the plant reopen')).toEqual(
      termsOf('Northgate'),
    );
  });

  it('is one whose officer speaks, its name possessive by an apostrophe alone', () => {
    expect(speaker("what did Kelby Foods' chief executive say")).toEqual(
      termsOf('Kelby Foods chief executive').sort(),
    );
  });

  it('is not the owner of a piece, nor where coverage comes from', () => {
    expect(speaker("what is in Northgate's statement")).toEqual([]);
    expect(speaker('anything from Northgate?')).toEqual([]);
  });
});

describe('a name the question makes the holder of what it asks', () => {
  const common = (term: string) => ['food', 'boss', 'staff'].includes(term);
  const held = (question: string) => [...heldAsSubject(question, common)].sort();

  it('is the owner of the noun asked, or the patient of its passive', () => {
    expect(held('Who is the boss of Norland Foods?')).toEqual(termsOf('Norland Foods').sort());
    expect(held('When was Norland Foods founded?')).toEqual(termsOf('Norland Foods').sort());
    // The subject of an active verb: what an outlet does is what it reports.
    expect(held('What price tag did Coastline Wire put on the barrier?')).toEqual([]);
  });

  it("is none where the noun or verb is a source's output", () => {
    expect(held('What did Norland Foods say?')).toEqual([]);
    expect(held("What is in Norland Foods' statement?")).toEqual([]);
    expect(held('When did Coastline Wire publish the bond vote?')).toEqual([]);
  });
});
