import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import { withoutArticles } from '../../src/engine/redact.js';
import type { Engine } from '../../src/engine/types.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const BRIDGE =
  'Bridge Reopens\n\nThe Kestrel bridge reopened on Monday after repairs, the engineer said. The bridge first opened on 12 March 1931, the engineer added.\n';
const REPORT =
  'Council Report\n\nThe Kestrel bridge reopened on Monday, the council confirmed. The Marlow orchard was planted in May 1952, the council said.\n';
const ORCHARD =
  'Orchard Story\n\nThe Marlow orchard was planted in May 1952 by three families. Its apples won a prize in June 1960.\n';

let engine: Engine;
let dir: string;
beforeAll(async () => {
  dir = await writePlainCorpus({
    'bridge.txt': BRIDGE,
    'report.txt': REPORT,
    'orchard.txt': ORCHARD,
  });
  engine = await openEngine({ corpusDir: dir });
});
afterAll(() => removeFolder(dir));

const ids = (passages: Array<{ source: { id: string } }>) => passages.map((p) => p.source.id);

describe('an engine without some articles', () => {
  it("never quotes, lists or dates from them, and says how many of the index's are held back", () => {
    const view = withoutArticles(engine, new Set(['bridge']));
    const answer = view.ask('When did the Kestrel bridge reopen?', { limit: 5 });
    expect(ids(answer.passages)).not.toContain('bridge');
    for (const p of answer.passages) expect(ids(p.alsoReportedBy)).not.toContain('bridge');
    expect(view.sources().map((s) => s.id)).toEqual(['orchard', 'report']);
    const timeline = view.timeline({ limit: 50 });
    expect(JSON.stringify(timeline)).not.toContain('"bridge"');
    expect(timeline.total).toBe(timeline.events.length);
    // The index's own figures, beside how many of its articles are held back: never counts
    // less the withheld under the index's build time, which no index was built from.
    expect(view.info()).toEqual({ ...engine.info(), withheld: 1 });
  });

  it('answers as unanswered when only a withheld article answered', () => {
    const view = withoutArticles(engine, new Set(['bridge', 'report']));
    const answer = view.ask('When did the Kestrel bridge reopen?');
    expect(answer.answered).toBe(false);
    expect(ids(answer.passages)).toEqual([]);
    expect(view.ask('bridge', { source: 'bridge' }).answered).toBe(false);
    expect(view.timeline({ source: 'bridge' }).events).toEqual([]);
  });

  it('never says no passage uses the words when an article left holds one', () => {
    // Only the withheld articles answer; the orchard's "apples" is still a word of the question.
    const view = withoutArticles(engine, new Set(['bridge', 'report']));
    const question =
      'Which engineer said the Kestrel bridge reopened on Monday after apple repairs?';
    expect(ids(engine.ask(question).passages).sort()).toEqual(['bridge', 'report']);
    const answer = view.ask(question);
    expect(answer.answered).toBe(false);
    expect(ids(answer.closest)).toEqual(['orchard']);
  });

  it('keeps as many passages as asked for when others remain', () => {
    const view = withoutArticles(engine, new Set(['report']));
    const answer = view.ask('When was the Marlow orchard planted?', { limit: 1 });
    expect(ids(answer.passages)).toEqual(['orchard']);
  });

  it('is the engine itself when nothing is withheld', () => {
    expect(withoutArticles(engine, new Set())).toBe(engine);
  });
});
