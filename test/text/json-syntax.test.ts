import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonSyntaxProblem, placeOf } from '../../src/text/json-syntax.js';

/** What jsonSyntaxProblem says of `text`, which JSON.parse must refuse. */
function problemOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxProblem(text, error);
  }
  throw new Error('JSON.parse accepted the text');
}

describe('jsonSyntaxProblem', () => {
  it('gives the line and column of the mistakes people make in a JSON file by hand', () => {
    // A comma after the last entry: V8 shows only the characters around the bracket.
    expect(problemOf('{\n  "articles": [\n    {"file": "a.txt"},\n  ]\n}')).toBe(
      "Unexpected token ']' at line 4, column 3",
    );
    // A missing comma between two entries: V8 gives an offset.
    expect(
      problemOf('{\n  "articles": [\n    {"file": "a.txt"}\n    {"file": "b.txt"}\n  ]\n}'),
    ).toBe("Expected ',' or ']' after array element at line 4, column 5");
    expect(problemOf("{\n  'articles': []\n}")).toBe(
      "Expected property name or '}' at line 2, column 3",
    );
    expect(problemOf('{\n  "articles": [\n')).toBe(
      'Unexpected end of the text at line 3, column 1',
    );
  });

  it('finds the character V8 blames wherever its excerpt is cut: at the start, both sides, the end', () => {
    const padding = ' '.repeat(30);
    expect(problemOf('[1,]')).toBe("Unexpected token ']' at line 1, column 4");
    expect(problemOf(`[1,]${padding}`)).toBe("Unexpected token ']' at line 1, column 4");
    expect(problemOf(`${padding}[1,]${padding}`)).toBe("Unexpected token ']' at line 1, column 34");
    expect(problemOf(`${padding}[1,]`)).toBe("Unexpected token ']' at line 1, column 34");
  });

  it('counts a CRLF as one line break, and columns in characters', () => {
    expect(problemOf('{\r\n  "a": 1,\r\n}')).toBe(
      'Expected double-quoted property name at line 3, column 1',
    );
    expect(placeOf('"é👍"\nx', 4)).toEqual({ line: 1, column: 4 });
  });

  it('keeps the message as it is when it tells no place', () => {
    expect(jsonSyntaxProblem('[1, 1]', new SyntaxError('Something else'))).toBe('Something else');
    // A short text shown whole, the character in it twice: which one is not told.
    expect(jsonErrorOffset('[1,],]', 'Unexpected token \']\', "[1,],]" is not valid JSON')).toBe(
      null,
    );
  });
});
