import { describe, expect, it } from 'vitest';
import {
  CARD,
  COLOR_NAMES,
  contrastRatio,
  DISCORD_BACKGROUNDS,
  OTHER_SOURCE,
  SHAPES,
  SOURCE_COLORS,
  sourceStyle,
} from '../../src/chart/palette.js';

describe('palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('gives text at least 4.5:1 on the card (WCAG 1.4.3)', () => {
    expect(contrastRatio(CARD.text, CARD.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CARD.muted, CARD.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every marker and the time marks at least 3:1 on the card (WCAG 1.4.11)', () => {
    for (const color of [...SOURCE_COLORS, OTHER_SOURCE.color, CARD.mark])
      expect(contrastRatio(color, CARD.background), color).toBeGreaterThanOrEqual(3);
  });

  it("sets the card's border off from both of Discord's themes by at least 3:1", () => {
    for (const background of Object.values(DISCORD_BACKGROUNDS))
      expect(contrastRatio(CARD.border, background), background).toBeGreaterThanOrEqual(3);
  });

  it('tells sources apart by shape and by colour, each with a name for the alt text', () => {
    const styles = SHAPES.map((_, i) => sourceStyle(i));
    expect(new Set(styles.map((s) => s.shape)).size).toBe(SHAPES.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(SHAPES.length);
    expect(sourceStyle(SHAPES.length)).toEqual(OTHER_SOURCE);
    for (const s of [...styles, OTHER_SOURCE]) expect(COLOR_NAMES[s.color]).toBeTruthy();
  });
});
