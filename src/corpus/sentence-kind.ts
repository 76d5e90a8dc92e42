import type { Paragraph, ParagraphKind } from './types.js';

/** A sentence's kind: its paragraph's (`paragraph`: its index in `paragraphs`), body when unknown. */
export function sentenceKind(paragraphs: readonly Paragraph[], paragraph: number): ParagraphKind {
  return paragraphs[paragraph]?.kind ?? 'body';
}
