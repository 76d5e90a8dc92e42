/**
 * "Who is standing on the left in the photo of …?": a caption identifies the people in a photo
 * by their position ("Lena Ito (left)") and names a posture only to tell rows apart (The Chicago
 * Manual of Style, 3.21), so a caption that says "(left)" answers the question without saying
 * "standing" (src/search/plan/page-question.ts PICTURE_FRAMING). The photo must still be the one
 * described. Invented articles.
 */
import { expect, it } from 'vitest';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const CAPTION = 'Mayor Lena Ito (left) and engineer Tom Brack at the harbour gate (file photo)';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'gate.txt': [
    'Harbour gate opens after decade of delays',
    CAPTION,
    'The new harbour gate in Saltgate opened on Tuesday after ten years of construction.',
    'Mayor Lena Ito said the gate would protect four hundred homes from storm surges.',
    'The engineer Tom Brack led the design team.',
    'Hundreds of residents were standing along the quay, and children sitting on the wall, as the gate closed.',
  ].join('\n\n'),
});

it.each([
  'who is standing on the left in the photo at the harbour gate',
  "who's standing on the left in the photo of the gate",
])('"%s" is answered by the caption', (question) => {
  const answer = engine.ask(question);
  expect(answer.answered, question).toBe(true);
  expect(answer.passages[0]?.quote, question).toBe(CAPTION);
  expect(answer.passages[0]?.page?.label, question).toBe('photo caption');
});

it('does not answer of a photo the caption does not describe', () => {
  const answer = engine.ask('who is standing on the left in the photo of the lifeboat crew');
  expect(answer.passages.map((p) => p.quote)).not.toContain(CAPTION);
});
