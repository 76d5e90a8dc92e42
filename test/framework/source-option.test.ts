/** The `source` option: distinct autocomplete labels, and resolving what people type. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { SourceSummary } from '../../src/engine/types.js';
import {
  matchSource,
  middleCut,
  sourceChoices,
  sourceLabels,
  sourceProblem,
} from '../../src/framework/source-option.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';
import { fixedEngine, source } from '../support/fake-engine.js';

const summary = (id: string, over: Partial<SourceSummary> = {}): SourceSummary => ({
  ...source(id, over),
  passages: 3,
  ...over,
});

describe('autocomplete labels', () => {
  it('keeps the distinguishing end of long titles of one outlet and date', () => {
    const long =
      'Protests live: security forces detain demonstrators in the capital as rallies go on';
    const sources = Array.from({ length: 30 }, (_, i) =>
      summary(`s${i}`, {
        title: `${long}, update ${i + 1}`,
        outlet: 'One Agency',
        published: '2020-08-16',
      }),
    );
    const labels = sourceLabels(sources);
    expect(new Set(labels).size).toBe(30);
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(100);
    expect(labels[11]).toMatch(/update 12 — One Agency · 16 August 2020$/);
  });

  it('adds the id where two titles are identical, and lists both', () => {
    const engine = fixedEngine({
      sources: [summary('a-1', { title: 'Same title' }), summary('b-2', { title: 'Same title' })],
    });
    const choices = sourceChoices(engine, 'same');
    expect(choices.map((c) => c.value)).toEqual(['a-1', 'b-2']);
    expect(choices[0]!.name).not.toBe(choices[1]!.name);
    expect(choices[1]!.name).toContain('b-2');
  });

  it('cuts the middle, keeping start and end', () => {
    expect(middleCut('abcdefghij', 7)).toBe('abc…hij');
    expect(middleCut('short', 7)).toBe('short');
  });

  it('gives 25 distinct labels for 60 articles of one outlet and date (shared case autocomplete-same-outlet-date)', async () => {
    // The shared case's shape, invented here: one outlet, one date, titles differing at the end.
    const folder = await temporaryFolder();
    const articles = Array.from({ length: 60 }, (_, i) => ({
      file: `a${String(i).padStart(2, '0')}.txt`,
      title: `Protests live: security forces detain demonstrators in the centre as rallies continue, update ${i + 1}`,
      outlet: 'A Telegraph Agency',
      published: '2020-08-16',
      url: null,
    }));
    mkdirSync(path.join(folder, 'articles'));
    for (const [i, a] of articles.entries())
      writeFileSync(
        path.join(folder, 'articles', a.file),
        `${a.title}\n\nOfficials said ${i + 1} people were detained near the square.\n`,
      );
    writeFileSync(path.join(folder, 'articles.json'), JSON.stringify({ articles }));
    try {
      const engine = await openEngine({
        corpusDir: folder,
        indexPath: path.join(folder, 'i.json'),
      });
      const choices = sourceChoices(engine, 'update');
      expect(choices).toHaveLength(25);
      expect(new Set(choices.map((c) => c.name)).size).toBe(25);
      expect(choices[9]!.name).toMatch(/update \d+ — A Telegraph Agency · 16 August 2020$/);
    } finally {
      await removeFolder(folder);
    }
  });
});

describe('matchSource', () => {
  const engine = fixedEngine({
    sources: [
      summary('dw-1', { outlet: 'DW', title: 'Putin: Russia ready to help with Belarus security' }),
      summary('dw-2', { outlet: 'DW', title: 'Belarus opposition leader leaves' }),
      summary('tass-1', { outlet: 'TASS', title: 'Putin says reserve is ready' }),
      summary('x-1', { outlet: null, title: 'Twin' }),
      summary('x-2', { outlet: null, title: 'Twin' }),
      summary('hw-1', { outlet: 'Harbour Weekly', title: 'Council approves the ferry plan' }),
      summary('ru-1', { outlet: 'Interfax', title: 'Russian envoy arrives for talks' }),
      summary('ru-2', { outlet: 'Interfax', title: 'Talks with a Russian envoy stall' }),
      summary('standard_settlement', {
        outlet: 'Schools Standard',
        title: 'Strike settled',
        file: 'standard/settlement.md',
      }),
      summary('ledger_0123456789', {
        outlet: null,
        title: 'Zephyr rocket lost',
        file: 'feeds/ledger.json#0123456789',
      }),
      summary('ledger_abcdef0123', {
        outlet: null,
        title: 'Zephyr window put back',
        file: 'feeds/ledger.json#abcdef0123',
      }),
      summary('nib_fedcba9876', {
        outlet: null,
        title: 'Skerry seabirds counted',
        file: 'feeds/nib.atom#fedcba9876',
      }),
    ],
  });
  const one = (v: string) => {
    const m = matchSource(engine, v);
    return m.kind === 'one'
      ? m.source.id
      : m.kind === 'several'
        ? m.sources.map((s) => s.id)
        : m.kind === 'outlet'
          ? { outlet: m.outlet, ids: m.sources.map((s) => s.id) }
          : null;
  };

  it('takes an id, a whole title, an outlet or a distinctive start of a title', () => {
    expect(one('DW-1')).toBe('dw-1');
    expect(one('putin says reserve is ready')).toBe('tass-1');
    expect(one('tass')).toBe('tass-1');
    expect(one('Putin: Russia')).toBe('dw-1');
    expect(one('  belarus   opposition ')).toBe('dw-2');
  });

  it("takes the article's file, with or without its extension", () => {
    expect(one('standard/settlement.md')).toBe('standard_settlement');
    expect(one('Standard/Settlement')).toBe('standard_settlement');
    expect(one('standard_settlement')).toBe('standard_settlement');
  });

  it("takes a feed's file for its items: its one item, or its several to choose from", () => {
    expect(one('feeds/nib.atom')).toBe('nib_fedcba9876');
    expect(one('feeds/nib')).toBe('nib_fedcba9876');
    expect(one('feeds/ledger.json')).toEqual(['ledger_0123456789', 'ledger_abcdef0123']);
    expect(one('feeds/ledger.json#abcdef0123')).toBe('ledger_abcdef0123');
  });

  it('takes a unique start of an outlet, or a word of an outlet or a title, in any case', () => {
    expect(one('Harbour')).toBe('hw-1');
    expect(one('harb')).toBe('hw-1');
    expect(one('WEEKLY')).toBe('hw-1');
    expect(one('ferry plan')).toBe('hw-1');
    expect(one('opposition')).toBe('dw-2');
    // A word several titles share: listed, not picked.
    expect(one('ready')).toEqual(['dw-1', 'tass-1']);
    // Inside a word is no match: "arbour" is not a word start.
    expect(one('arbour')).toBeNull();
  });

  it('lists every title holding a word, whether the word opens the title or not', () => {
    // "Belarus" opens dw-2's title and is a word of dw-1's: both, never a pick of the first.
    expect(one('Belarus')).toEqual(['dw-1', 'dw-2']);
    // "Russia" opens ru-1's title ("Russian…", a start) and is a whole word of dw-1's; inside
    // ru-2's title "Russian" is another word, so ru-2 is not a match.
    expect(one('russia')).toEqual(['dw-1', 'ru-1']);
    // The start of a word after the title's start is not a word of the title.
    expect(one('oppos')).toBeNull();
  });

  it('asks which one when several match, and never picks silently', () => {
    expect(one('Putin')).toEqual(['dw-1', 'tass-1']);
    expect(one('Twin')).toEqual(['x-1', 'x-2']);
    const m = matchSource(engine, 'Putin');
    if (m.kind !== 'several') throw new Error('expected several');
    const text = sourceProblem('Putin', m);
    expect(text).toMatch(/^Source “Putin” matches 2 articles\. Which one\? Give its id as source:/);
    expect(text).toContain('tass-1');
  });

  it('takes an outlet named whole, or by whole words only it has, as all of its articles', () => {
    expect(one('DW')).toEqual({ outlet: 'DW', ids: ['dw-1', 'dw-2'] });
    expect(one('interfax')).toEqual({ outlet: 'Interfax', ids: ['ru-1', 'ru-2'] });
    // A title word that happens to pick out one outlet's articles names no outlet.
    expect(one('Belarus')).toEqual(['dw-1', 'dw-2']);
  });

  it('counts an id start only when no title or outlet matches: ids do not name outlets', () => {
    const withIds = fixedEngine({
      sources: [
        summary('herald_opinion', { outlet: null, title: 'Our old bridge deserved better' }),
        summary('h1', { outlet: 'Northshore Herald', title: 'Bridge closes' }),
        summary('h2', { outlet: 'Northshore Herald', title: 'Ambulances delayed' }),
      ],
    });
    const herald = matchSource(withIds, 'Herald');
    expect(herald.kind === 'outlet' && herald.sources.map((s) => s.id)).toEqual(['h1', 'h2']);
    const opinion = matchSource(withIds, 'herald_op');
    expect(opinion.kind === 'one' && opinion.source.id).toBe('herald_opinion');
  });

  it('says so when nothing matches; a start shorter than four characters is no match', () => {
    expect(one('Pu')).toBeNull();
    expect(one('nothing like it')).toBeNull();
    expect(one('')).toBeNull();
    // A start too short to match says what length would.
    expect(sourceProblem('Bel', { kind: 'none' })).toBe(
      'No article matches source “Bel”: “Bel” is shorter than a title start or word may be (4 characters). Give an id, an outlet, or a word or the start of a title (4 characters or more); /sources lists them.',
    );
    expect(one('Bela')).toBe('dw-2');
    expect(sourceProblem('nothing like it', { kind: 'none' })).not.toContain('is shorter');
  });
});
