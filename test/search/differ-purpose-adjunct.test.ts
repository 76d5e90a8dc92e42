/**
 * A purpose adjunct after a count ("… crammed into the hall to demand a new ship") tells what the
 * act was done for (Quirk et al. 1985, §15.48, clauses of purpose): a wish or a plan in it is of
 * the purpose's own event, and leaves the act and its count told as fact. Two counts of one
 * gathering still differ on the number; a stance on the count itself still keeps them apart.
 * Invented sentences of one day's articles; an invented corpus for the reply.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const SAME_DAY = { published: ['2026-04-10', '2026-04-10'] } as const;
/** The relation of two passages of one day's articles, asked both ways round. */
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY), `${b} / ${a}`).toEqual(found);
  return found.kind;
};

const ATTENDED =
  'About 90 people attended a protest meeting in Brannock community hall last night to air their fears for the bus depot.';

describe('a wish in a purpose adjunct after a count', () => {
  it('leaves the count told as fact: two counts of one gathering differ', () => {
    expect(
      relation(
        ATTENDED,
        'More than 140 people packed into Brannock community hall on Thursday night to demand that the county keep the bus depot open.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'About 90 people attended a protest meeting in Brannock community hall last night.',
        'More than 140 people packed into Brannock community hall on Thursday night to urge the county to keep the depot.',
      ),
    ).toBe('disagree');
    // Its "for" names what they came for, not the event they attended.
    expect(
      relation(
        'About 90 people attended a protest meeting in Brannock community hall last night.',
        'More than 140 people packed into Brannock community hall on Thursday night to call for a new depot.',
      ),
    ).toBe('disagree');
  });

  it('is no disagreement when the count itself is planned, hoped for or of another night', () => {
    for (const other of [
      'More than 140 people are expected to pack into Brannock community hall on Thursday night to demand a new depot.',
      'More than 140 people packed into Brannock community hall on Thursday night and will demand a new depot.',
      'More than 140 people packed into Brannock community hall on Tuesday night to demand a new depot.',
      'More than 140 people tried to get into Brannock community hall on Thursday night.',
    ])
      expect(relation(ATTENDED, other), other).not.toBe('disagree');
  });

  it('never makes counts that can both hold one fact or a disagreement', () => {
    expect(
      relation(
        ATTENDED,
        'More than 80 people packed into Brannock community hall on Thursday night to demand that the county keep the bus depot open.',
      ),
    ).toBe('different-fact');
  });
});

const FILES: Record<string, string> = {
  'echo.txt':
    'Depot meeting draws crowd\n\nAbout 90 people attended a protest meeting in Brannock community hall last night to air their fears for the bus depot. The county has not said when it will decide.',
  'record.txt':
    'Packed hall backs depot\n\nMore than 140 people packed into Brannock community hall on Thursday night to demand that the county keep the bus depot open. Speakers were cheered for an hour.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [datedArticle('echo.txt', '2026-04-10'), datedArticle('record.txt', '2026-04-10')],
  }),
};

const engine = suiteEngine(FILES);

describe('one meeting counted by two outlets, one giving its purpose', () => {
  it('shows the two counts side by side as sources that differ on the number', () => {
    const reply = engine.ask('How many people went to the meeting in Brannock community hall?');
    expect(reply.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(reply.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'echo',
      'record',
    ]);
    for (const passage of reply.passages) expect(passage.alsoReportedBy).toEqual([]);
  });
});
