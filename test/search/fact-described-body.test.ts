/**
 * A general noun for a body opening a sentence ("The company said …") stands for the body the
 * sentence before names as its subject, when its class is compatible, so another outlet's report
 * naming the body is compared with it (src/search/select/fact-described-body.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { compatibleClass, withDescribedBody } from '../../src/search/select/fact-described-body.js';
import { datedArticle, suiteEngine } from '../support/corpus-fixture.js';

const NAMED = 'Fenmarsh Coaches has gone into administration after 60 years.';
const DEBTS = 'The company said its debts were £4.6m.';

describe('a body restated by a general noun', () => {
  it('reads the description as the body the sentence before names as its subject', () => {
    expect(withDescribedBody(DEBTS, NAMED)).toBe('Fenmarsh Coaches said its debts were £4.6m.');
    expect(
      withDescribedBody(
        'The firm, which runs 40 buses, blamed fuel costs.',
        'Northwind Foods will close its bakery.',
      ),
    ).toBe('Northwind Foods, which runs 40 buses, blamed fuel costs.');
    // A kind of body is restated by itself or a class above it.
    expect(
      withDescribedBody(
        'The association said the gates would harm oyster beds.',
        "The Marrowick Inshore Fishers' Association met on Tuesday.",
      ),
    ).toBe("Marrowick Inshore Fishers' Association said the gates would harm oyster beds.");
    expect(
      withDescribedBody('The council said it would appeal.', 'Kelby Council lost the case.'),
    ).toBe('Kelby Council said it would appeal.');
    // Modifiers the sentence before holds point back to the body it names.
    expect(withDescribedBody('The coach firm said its debts were £4.6m.', NAMED)).toBe(
      'Fenmarsh Coaches said its debts were £4.6m.',
    );
    expect(
      withDescribedBody(
        'The Kelby-based company said its debts were £4.6m.',
        'Fenmarsh Coaches has run buses in Kelby for 60 years.',
      ),
    ).toBe('Fenmarsh Coaches said its debts were £4.6m.');
    // Opening the claim a frame of saying reports.
    expect(
      withDescribedBody('The administrators said the company had debts of £4.6m.', NAMED),
    ).toBe('The administrators said Fenmarsh Coaches had debts of £4.6m.');
    expect(withDescribedBody('Drivers said the rival company had debts.', NAMED)).toBe(
      'Drivers said the rival company had debts.',
    );
    // A possessive ends the description at the body's noun.
    expect(withDescribedBody('The company’s debts were £4.6m.', NAMED)).toBe(
      'Fenmarsh Coaches’s debts were £4.6m.',
    );
    expect(withDescribedBody('The bridge’s arches were cracked.', NAMED)).toBe(
      'The bridge’s arches were cracked.',
    );
    expect(withDescribedBody('The council’s debts were £4.6m.', NAMED)).toBe(
      'The council’s debts were £4.6m.',
    );
  });

  it('leaves it when the referent is not certain', () => {
    expect(withDescribedBody(DEBTS, null)).toBe(DEBTS);
    // Another kind of body: "the company" after a council is another body.
    expect(withDescribedBody(DEBTS, 'Kelby Council has fined the operator.')).toBe(DEBTS);
    // A second name may be the one meant.
    expect(withDescribedBody(DEBTS, 'Fenmarsh Coaches sold its depot to Orwell Buses.')).toBe(
      DEBTS,
    );
    // A place's name, a person's name, a surname that is a noun.
    expect(withDescribedBody(DEBTS, 'Cobb Mill Bridge was closed on Monday.')).toBe(DEBTS);
    expect(withDescribedBody(DEBTS, 'Marta Olsen founded the bakery in 1990.')).toBe(DEBTS);
    expect(withDescribedBody(DEBTS, 'Tom Baker founded the bakery in 1990.')).toBe(DEBTS);
    // A modifier the sentence before does not hold may say another body is meant.
    for (const other of ['The rival company', 'The parent company', 'The new coach firm']) {
      const said = `${other} said its debts were £4.6m.`;
      expect(withDescribedBody(said, NAMED)).toBe(said);
    }
    // A description that does not end at the body's noun names someone else.
    const chairman = 'The company chairman said its debts were £4.6m.';
    expect(withDescribedBody(chairman, NAMED)).toBe(chairman);
    // The body is not the subject of the sentence before.
    expect(withDescribedBody(DEBTS, 'Administrators were called in at Fenmarsh Coaches.')).toBe(
      DEBTS,
    );
    // Not a body's noun.
    expect(withDescribedBody('The bridge reopened on Monday.', 'Kelby Council met.')).toBe(
      'The bridge reopened on Monday.',
    );
  });

  it('reads the classes from WordNet', () => {
    expect(compatibleClass('Fenmarsh Coaches', 'company')).toBe(true);
    expect(compatibleClass('Fenmarsh Coaches', 'firm')).toBe(true);
    expect(compatibleClass('Fenmarsh Coaches', 'council')).toBe(false);
    expect(compatibleClass('Kelby Council', 'company')).toBe(false);
    expect(compatibleClass("Marrowick Fishers' Association", 'group')).toBe(true);
  });

  it('joins it to another outlet naming the body, with an attribution added or in the passive', () => {
    const published = { published: ['2026-03-05', '2026-03-05'] as const };
    const depot = withDescribedBody('The firm closed its Kelby depot on Monday.', NAMED);
    for (const other of [
      'Fenmarsh Coaches closed its Kelby depot on Monday, drivers said.',
      'The Kelby depot was closed by Fenmarsh Coaches on Monday.',
    ]) {
      expect(classifyFacts('The firm closed its Kelby depot on Monday.', other, published)).toEqual(
        expect.objectContaining({ kind: 'different-fact' }),
      );
      expect(classifyFacts(depot, other, published)).toEqual({ kind: 'same-fact' });
    }
  });

  it('sets the figure against another outlet naming the body', () => {
    const read = withDescribedBody(DEBTS, NAMED);
    expect(classifyFacts(read, 'Fenmarsh Coaches said its debts were £6.4m.')).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(
      classifyFacts(
        withDescribedBody('The company’s debts were £4.6m.', NAMED),
        'Fenmarsh Coaches has debts of £6.4m.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(
      classifyFacts(
        withDescribedBody('The company went into administration on Tuesday.', NAMED),
        'Fenmarsh Coaches went into administration on Tuesday.',
        { published: ['2026-03-05', '2026-03-05'] },
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});

/**
 * Two outlets, one naming the company in each sentence, one restating it as "the company" and
 * "the firm" in the paragraphs after the one naming it, as news paragraphs of one sentence do,
 * and then naming another company restated as "the company".
 */
const FILES: Record<string, string> = {
  'courier.txt':
    'Kelby coach firm collapses\n\nFenmarsh Coaches has gone into administration after 60 years.\n\nThe company said its debts were £4.6m.\n\nThe firm ran 41 routes across the county.\n\nOrwell Buses will take over some routes.\n\nThe company said it would hire 30 drivers.\n',
  'gazette.txt':
    'Administrators called in\n\nFenmarsh Coaches said its debts were £6.4m.\n\nFenmarsh Coaches ran 41 routes across the county, the council said.\n\nFenmarsh Coaches said it would hire 20 drivers.\n',
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('courier.txt', '2026-03-05'),
      datedArticle('gazette.txt', '2026-03-05'),
    ],
  }),
};

/** The articles of each disagreement shown, by source id. */
const differing = (answer: Answer): string[][] =>
  answer.sourcesDiffer.map((d) => d.quotes.map((q) => q.source.id).sort());

describe('"sources differ" on a body restated as "the company"', () => {
  const engine = suiteEngine(FILES);
  it('shows the two outlets’ debts as differing', () => {
    const answer = engine.ask('How much were the debts of Fenmarsh Coaches?', { limit: 5 });
    expect(differing(answer)).toEqual([['courier', 'gazette']]);
  });

  it('follows the body through a second description, and not to another body named after it', () => {
    const routes = engine.ask('How many routes did Fenmarsh Coaches run?', { limit: 5 });
    const joined = [...routes.passages, ...routes.closest].flatMap((p) =>
      p.alsoReportedBy.map((q) => [p.source.id, q.source.id].sort().join('+')),
    );
    expect(joined).toEqual(['courier+gazette']);
    // "The company" after "Orwell Buses …" is Orwell Buses: its 30 drivers are no other count
    // of Fenmarsh Coaches' 20.
    const drivers = engine.ask('How many drivers will Fenmarsh Coaches hire?', { limit: 5 });
    expect(drivers.sourcesDiffer).toEqual([]);
  });
});
