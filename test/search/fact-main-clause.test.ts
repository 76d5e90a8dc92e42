/**
 * What a sentence asserts is its main clause: a supplementary relative clause ("…, which lost its
 * roof when the storm struck, …") is a statement of its own beside it (Quirk et al. 1985,
 * §17.22). Two reports sharing only what such clauses say are not "also reported by" each other;
 * two whose main clauses tell one fact stay one, whatever either adds in such a clause, and so do
 * two of which one tells, in a supplement, what the other asserts
 * (src/search/select/fact-supplement.ts `withoutSupplements`, fact-relation.ts). Invented
 * sentences of one day's articles; an invented corpus of two outlets for the reply.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { withoutSupplements } from '../../src/search/select/fact-supplement.js';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';

const SAME_DAY = { published: ['2026-05-12', '2026-05-12'] } as const;
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY), `${b} / ${a}`).toEqual(found);
  return found.kind;
};

const marquee =
  'The Old Mill Tearoom, which lost its roof and kitchen when the storm struck, is serving customers from a marquee on the village green.';
const claim =
  'The largest claim is from the Old Mill Tearoom, whose roof and kitchen were lost when the storm struck.';
const yard =
  'Harwood Garage, which lost two recovery trucks and a workshop in the fire, is trading from a yard in Kelby.';
const list =
  'The first name on the list is Harwood Garage, which lost two recovery trucks and a workshop in the fire.';

describe('a supplementary relative clause', () => {
  it('is cut out with the breaks that set it off, leaving the main clause', () => {
    expect(withoutSupplements(marquee)).toBe(
      'The Old Mill Tearoom is serving customers from a marquee on the village green.',
    );
    expect(withoutSupplements(claim)).toBe('The largest claim is from the Old Mill Tearoom.');
    expect(withoutSupplements('The bakery — which sold 9,800 loaves — is open.')).toBe(
      'The bakery is open.',
    );
    expect(
      withoutSupplements('The council closed the library, which had flooded; it will reopen.'),
    ).toBe('The council closed the library; it will reopen.');
  });

  it('a restrictive relative, set off by no comma, stays', () => {
    const text = 'The two men who were arrested on Monday remain on bail.';
    expect(withoutSupplements(text)).toBe(text);
  });
});

describe('two reports whose supplements alone tell one thing', () => {
  it('are not one fact when their main clauses say other things', () => {
    expect(relation(marquee, claim)).toBe('different-fact');
    expect(relation(yard, list)).toBe('different-fact');
  });

  it('stay one fact when their main clauses tell it, a supplement on one side or both', () => {
    expect(
      relation(
        marquee,
        'The Old Mill Tearoom is serving customers from a marquee on the village green while its roof is repaired.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The council closed the library, which had lost its roof in the storm.',
        'The library, which had lost its roof in the storm, was closed by the council.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The ferry Marlow Queen, which ran aground near the harbour mouth, has been towed to a dry dock in Falmouth.',
        'The Marlow Queen has been towed to a dry dock in Falmouth after running aground.',
      ),
    ).toBe('same-fact');
  });

  it("are two facts when only one's main clause is told in the other's supplement", () => {
    // Shown with the claim, "also reported by" would say the first article reports a claim.
    expect(
      relation(
        'The Old Mill Tearoom, which is run by a charity, lost its roof and kitchen when the storm struck on Sunday.',
        'The largest claim is from the Old Mill Tearoom, whose roof and kitchen were lost when the storm struck on Sunday.',
      ),
    ).toBe('different-fact');
    expect(
      relation(
        'The Old Mill Tearoom lost its roof and kitchen when the storm struck on Sunday.',
        'The largest claim is from the Old Mill Tearoom, whose roof and kitchen were lost when the storm struck on Sunday.',
      ),
    ).toBe('different-fact');
  });
});

const engineOf = enginesOf(() => ({
  tearoom: twoOutlets(
    ['Tearoom moves into a marquee', 'Storm claims mount'],
    [
      `Cafes in Ashby are finding new ways to trade after the storm.\n\n${marquee}`,
      `Insurers have received more than forty claims since the storm.\n\n${claim}`,
    ],
    ['2026-05-12', '2026-05-12'],
  ),
}));

describe('the reply', () => {
  it('shows no "also reported by" for a report sharing only the supplement', () => {
    const reply = engineOf('tearoom').ask('What happened to the Old Mill Tearoom roof?');
    expect(reply.passages.length).toBeGreaterThan(0);
    expect(reply.passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id))).toEqual([]);
  });
});
