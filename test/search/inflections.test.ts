import { describe, expect, it } from 'vitest';
import {
  buildInflectionTable,
  everyInflectionTerm,
  homographIrregularForms,
  keptIrregularForms,
} from '../../src/search/inflections.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

describe('the inflection table', () => {
  const vocabulary = new Set(
    termsOf('The ministers met on Tuesday. The guild sold the hall and told the children.'),
  );
  const table = new Map(buildInflectionTable(vocabulary, keptIrregularForms()));

  it('links an irregular form and its lemma both ways, limited to the corpus', () => {
    expect(table.get('meet')).toEqual(['met']);
    expect(table.get('sell')).toEqual(['sold']);
    expect(table.get('child')).toEqual(['children']);
    // "sold" is in the corpus and "sell" is not: a question's "sold" needs no link.
    expect(table.get('sold')).toBeUndefined();
    const withLemma = new Map(buildInflectionTable(new Set(['meet']), keptIrregularForms()));
    expect(withLemma.get('met')).toEqual(['meet']);
  });

  it('links no other word of similar shape: "sell" never reaches "told"', () => {
    expect(table.get('sell')).not.toContain('told');
    const toTold = [...table].filter(([, terms]) => terms.includes('told')).map(([key]) => key);
    expect(toTold).toEqual(['tell']);
  });

  it('keys an irregular form as written, so a regular form with its stem is not read as it', () => {
    const invented: Array<[string, string]> = [['blorn', 'blear']];
    const own = new Map(
      buildInflectionTable(new Set(['blear']), keptIrregularForms(invented, new Map(), new Map())),
    );
    expect(own.get('blorn')).toEqual(['blear']);
    // "blorned" has the stem "blorn" but is no form of "blear".
    expect(own.get('blorned')).toBeUndefined();
  });

  it('leaves out a form that is everyday English as a word of its own, or shares a stem with another word', () => {
    const invented: Array<[string, string]> = [
      ['lefta', 'leava'],
      ['leafs', 'leafa'],
    ];
    const vocab = new Set(['leava', 'leafa', 'lefta', 'leaf']);
    const kept = new Map(
      buildInflectionTable(
        vocab,
        keptIrregularForms(
          invented,
          new Map([
            ['lefta', 100],
            ['leaf', 5],
          ]),
          new Map([['leaf', ['leaf', 'leafs']]]),
        ),
      ),
    );
    expect(kept.size).toBe(0);
    expect(
      buildInflectionTable(vocab, keptIrregularForms(invented, new Map(), new Map())),
    ).not.toEqual([]);
  });

  it('doubts a form for another word sharing its stem only when SemCor shows that word in use', () => {
    const invented: Array<[string, string]> = [['blorn', 'blear']];
    const vocab = new Set(['blorn', 'blear']);
    const sharing = new Map([['blorn', ['blorn', 'blorny']]]);
    const unused = buildInflectionTable(
      vocab,
      keptIrregularForms(invented, new Map([['blorny', 0]]), sharing),
    );
    expect(new Map(unused).get('blear')).toEqual(['blorn']);
    const used = buildInflectionTable(
      vocab,
      keptIrregularForms(invented, new Map([['blorny', 1]]), sharing),
    );
    expect(used).toEqual([]);
    // Left out for the homograph alone, not dropped: the lemma still reaches it as a related form.
    expect(homographIrregularForms(invented, new Map([['blorny', 1]]), sharing)).toEqual([
      ['blorn', 'blear'],
    ]);
    expect(homographIrregularForms(invented, new Map([['blorny', 0]]), sharing)).toEqual([]);
    // An everyday word of its own is in neither list.
    expect(
      homographIrregularForms(
        invented,
        new Map([
          ['blorn', 500],
          ['blorny', 1],
        ]),
        sharing,
      ),
    ).toEqual([]);
  });

  it('gives every irregular form to the claim that none is held, linked or not', () => {
    // "thieves" shares "thiev" with "thieving"; "left" is everyday English of its own: the
    // search links neither as the word itself, but a passage holding one is no proof of absence.
    expect(everyInflectionTerm('thief', 'thief')).toContain('thiev');
    expect(everyInflectionTerm('thieves', 'thiev')).toContain('thief');
    expect(everyInflectionTerm('leave', 'leav')).toContain('left');
    expect(everyInflectionTerm('left', 'left')).toContain('leav');
    expect(everyInflectionTerm('mouse', 'mous')).toContain('mice');
    expect(everyInflectionTerm('unicorn', 'unicorn')).toEqual([]);
  });

  it("links WordNet's frequent irregular verbs whose stems other words share only in name", () => {
    const wordnet = new Map(
      buildInflectionTable(new Set(['sent', 'felt', 'lost', 'found']), keptIrregularForms()),
    );
    // "sente" (a term of Go) and "felted" are WordNet lemmas SemCor never tags.
    expect(wordnet.get('send')).toEqual(['sent']);
    expect(wordnet.get('feel')).toEqual(['felt']);
    expect(wordnet.get('lose')).toEqual(['lost']);
    // "founding" is tagged: the corpus's "found" may be "founded", and "find" is not linked.
    expect(wordnet.get('find')).toBeUndefined();
  });
});

describe('questions in another form of a word', () => {
  const { engine } = engineOver({
    published: null,
    paragraphs: [
      ['The ministers resigned on Monday over the harbour levy.'],
      ['The ministers met on Tuesday to discuss the harbour levy.'],
      ['The guild told its members about the new hall in March.'],
      ['The council sold the old ferry to a private firm in April.'],
    ],
  });

  it('finds the irregular form from its lemma', () => {
    const meet = engine.ask('When did the ministers meet?').passages;
    expect(meet[0]?.quote).toContain('met on Tuesday');
    expect(engine.ask('Who did the council sell the ferry to?').passages[0]?.quote).toContain(
      'sold',
    );
  });

  it('never finds a different word from a lemma', () => {
    // "sell" is the only word asked: a passage holding "told" could come only from it.
    const quotes = engine.ask('Who sells?').passages.map((passage) => passage.quote);
    expect(quotes.join(' ')).toContain('sold');
    expect(quotes.join(' ')).not.toContain('told');
  });
});
