/**
 * wink-nlp's view of a sentence's dates: its DATE and DURATION entities as character spans.
 * Durations veto the rules' matches they overlap; dates the rules cannot read are reported.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './detect.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let nlp: WinkNLP | undefined;

function getNlp(): WinkNLP {
  nlp ??= winkNLP(model);
  return nlp;
}

/** DATE and DURATION entities of one sentence, with offsets into it. */
export function winkEntities(text: string): { dates: Span[]; durations: Span[] } {
  const engine = getNlp();
  const dates: Span[] = [];
  const durations: Span[] = [];
  const entities = engine.readDoc(text).entities().out(engine.its.detail) as Array<{
    value: string;
    type: string;
  }>;
  let cursor = 0;
  for (const { value, type } of entities) {
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    cursor = start + value.length;
    if (type === 'DATE') dates.push({ start, end: cursor });
    else if (type === 'DURATION') durations.push({ start, end: cursor });
  }
  return { dates, durations };
}
