import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/corpus/aliases-file.js';

const SHAPE = 'corpus: aliases.json: must be {"groups": [["Lukashenko", "Lukashenka"], …]}';

describe('parseAliases (aliases.json)', () => {
  it('reads groups of spellings', () => {
    expect(
      parseAliases('{"$comment": "x", "groups": [["Hrodna", "Grodno"], ["Kyiv", "Kiev", "Kiew"]]}'),
    ).toEqual([
      ['Hrodna', 'Grodno'],
      ['Kyiv', 'Kiev', 'Kiew'],
    ]);
  });

  it('says where text that is not JSON goes wrong, by line and column', () => {
    expect(() => parseAliases('{\n  "groups": [\n    ["Kyiv", "Kiev"],\n  ]\n}')).toThrow(
      "corpus: aliases.json: is not valid JSON: Unexpected token ']' at line 4, column 3",
    );
  });

  it('says the shape expected and what it got, for each wrong shape a newcomer writes', () => {
    expect(() => parseAliases('[["A", "B"]]')).toThrow(`${SHAPE}; got a list`);
    expect(() => parseAliases('{"Lukashenko": ["Lukashenka"]}')).toThrow(
      `corpus: aliases.json: groups: ${SHAPE.slice('corpus: aliases.json: '.length)}; got no "groups"`,
    );
    expect(() => parseAliases('{"groups": ["A", "B"]}')).toThrow(
      'corpus: aliases.json: groups.0: each group must be a list of two or more spellings, e.g. ["Lukashenko", "Lukashenka"]; got a string',
    );
    expect(() => parseAliases('{"groups": [["A"]]}')).toThrow(
      'corpus: aliases.json: groups.0: a group needs two or more spellings',
    );
  });
});
