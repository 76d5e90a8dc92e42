import { describe, expect, it } from 'vitest';
import { isPromotion } from '../../src/corpus/call-to-action.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isContactCardLine } from '../../src/corpus/contact-card.js';

const STORY =
  'The Nessby Orchard Trust welcomes the council’s decision to fund community orchards.';

describe('a contact card on one line', () => {
  it.each([
    'Media contact: press@nessby-orchards.example',
    'Press enquiries: Jane Roe, communications officer, 01632 960 300',
    'Contact: jane.roe@trust.example',
  ])('%j is a contact card', (line) => expect(isContactCardLine(line)).toBe(true));

  it.each([
    'Contact: the council said it would write to every household at 01632 960 300.',
    'Media contact was lost when the phones went down.',
    'Media contact: none yet',
  ])('%j is none', (line) => expect(isContactCardLine(line)).toBe(false));

  it('closing a release is furniture, never a passage; the release’s sentences stay', () => {
    const cleaned = cleanArticle(
      [
        'PRESS RELEASE — 20 May 2026',
        'Orchard Trust welcomes grants',
        STORY,
        'Media contact: press@nessby-orchards.example',
      ].join('\n\n'),
    );
    expect(cleaned.text).not.toContain('press@');
    expect(cleaned.text).toContain(STORY);
    expect(cleaned.dropped).toContainEqual({
      line: 'Media contact: press@nessby-orchards.example',
      reason: 'call to action',
    });
  });
});

describe('a question to the reader before a call naming the outlet’s app', () => {
  it('is a promotion', () => {
    expect(
      isPromotion(
        'Want more local stories? Get the Tarn Gazette app and switch on alerts for Nessby.',
      ),
    ).toBe(true);
  });

  it('is none when no product follows, or the question is reported', () => {
    expect(isPromotion('Want more local stories? The council says it has none.')).toBe(false);
    expect(isPromotion('Want a better deal? Get the council to listen, residents said.')).toBe(
      false,
    );
  });

  it('standing alone at the foot of a page, is dropped, never quoted', () => {
    const cleaned = cleanArticle(
      [
        'Nessby council approves orchard grants',
        'Nessby council approved grants for 14 community orchards on Tuesday.',
        'Want more local stories? Get the Tarn Gazette app and switch on alerts for Nessby.',
      ].join('\n\n'),
    );
    expect(cleaned.text).not.toContain('Want more');
    expect(cleaned.text).toContain('14 community orchards');
  });
});
