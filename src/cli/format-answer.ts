/** How an answer is written for a person on a terminal, and its JSON shape. */
import type { Answer, AnswerPassage, Quote } from '../engine/types.js';
import { notStatedPhrase, pageLabelText } from '../engine/page-answer.js';
import { differNote } from '../framework/render/differ-note.js';
import { notFromNamedNote } from '../framework/render/named-source.js';
import { notOnDateNote, passageDateLabel } from '../framework/render/not-on-date.js';
import { refusalKind, refusalNote, type RefusalScope } from '../framework/render/refusal.js';
import { isOutletScope, scopeName, type SourceScope } from '../framework/render/scope.js';
import { titleText } from '../framework/render/source.js';
import { inQuoteMarks } from '../text/quotation.js';
import { describeSource } from './common.js';

function passageLines(passage: AnswerPassage, label: string): string[] {
  const page = passage.dated ? passageDateLabel(passage.dated) : pageLabelText(passage);
  const lines = [
    ...(page === null ? [] : [`${label} (${page})`]),
    `${page === null ? label : ' '.repeat(label.length)} ${inQuoteMarks(passage.quote)}`,
    `   — ${describeSource(passage.source)}`,
  ];
  for (const other of passage.alsoReportedBy) {
    lines.push(
      `   also reported by ${describeSource(other.source)}:`,
      `     ${inQuoteMarks(other.quote)}`,
    );
  }
  return lines;
}

/** A refusal's line: its title, then the sentence saying where was looked, when it has one. */
function refusalLine(note: { title: string; text: string }): string {
  return note.text ? `${note.title}. ${note.text}` : `${note.title}.`;
}

/**
 * The answer as people read it: the quotes with their sources, the quotes of articles that
 * differ, or why there is none. `scope`: what `--source` limited the question to; a refusal
 * then names it in the words of the bot's replies (render/refusal.ts: "No passage of this
 * article clearly answers this. Only the article “…” was searched.").
 */
export function formatAnswer(answer: Answer, scope?: SourceScope): string {
  const lines: string[] = [];
  const named: RefusalScope | undefined =
    scope === undefined ? undefined : { name: scopeName(scope), several: isOutletScope(scope) };
  const shown = answer.answered ? answer.passages : answer.closest;
  if (answer.notFromNamed) {
    const beside = answer.answered ? 'answer' : shown.length > 0 ? 'closest' : 'none';
    const note = notFromNamedNote(answer.notFromNamed, beside);
    lines.push(`${note.title}. ${note.text}`, '');
  }
  if (answer.answered) {
    answer.passages.forEach((passage, i) => lines.push(...passageLines(passage, `${i + 1}.`), ''));
    for (const differ of answer.sourcesDiffer) {
      lines.push(`Sources differ. ${differNote(differ.aspect)}`);
      for (const q of differ.quotes)
        lines.push(`   ${inQuoteMarks(q.quote)}`, `   — ${describeSource(q.source)}`);
      lines.push('');
    }
  } else if (answer.notStated?.length) {
    for (const note of answer.notStated)
      lines.push(`“${titleText(note.source)}” ${notStatedPhrase(note)}`);
    lines.push('');
  } else if (answer.notOnDate && answer.closest.length > 0) {
    const note = notOnDateNote(answer.notOnDate);
    lines.push(`${note.title}. ${note.text}`, '');
    answer.closest.forEach((passage) => lines.push(...passageLines(passage, '-'), ''));
  } else if (answer.closest.length > 0) {
    // The two refusals (framework/render/refusal.ts), each claiming only what its rule knows.
    lines.push(refusalLine(refusalNote('closest', named, answer.notFromNamed !== undefined)));
    lines.push('', 'Closest passages (not an answer):');
    answer.closest.forEach((passage) => lines.push(...passageLines(passage, '-'), ''));
  } else if (!answer.notFromNamed) {
    // A named source's note with no passage says all there is to say.
    lines.push(refusalLine(refusalNote(refusalKind(answer, 0), named)));
  }
  lines.push("(Quoted verbatim from the articles; the bot's own words say only what they hold.)");
  return lines.join('\n');
}

/**
 * The answer's JSON shape: `{question, answered, passages, closest, sourcesDiffer}`, and
 * `notStated: [{source, asks, metadata}]` when it says an article states no author or date,
 * and `notFromNamed: {sources, outlet}` when the sources the question names do not answer it,
 * and `notOnDate: {asked, shown, noSuchDay?}` when the timeline dates nothing to the date a question asks
 * about (its closest passages are events of other dates), and `asksNoWord: true` for a question
 * with no word to look for; each passage `{quote, source, score,
 * start, end, highlights, alsoReportedBy}`, `page: {kind, label}` when the quote is a page line
 * (a caption, credit, byline, dateline), and `dated: {date, precision, yearStated, end?,
 * season?}`, its timeline entry's date, under `notOnDate`;
 * each disagreement `{aspect, quotes: [{quote, source, start, end}]}` (aspect: place, date,
 * number or actor).
 * docs/command-line.md documents the same shape.
 */
export function answerJson(answer: Answer): unknown {
  const quote = (q: Quote) => ({ quote: q.quote, source: q.source, start: q.start, end: q.end });
  const passage = (p: AnswerPassage) => ({
    quote: p.quote,
    source: p.source,
    score: p.score,
    start: p.start,
    end: p.end,
    highlights: p.highlights,
    alsoReportedBy: p.alsoReportedBy,
    ...(p.page ? { page: p.page } : {}),
    ...(p.dated ? { dated: p.dated } : {}),
  });
  return {
    question: answer.question,
    answered: answer.answered,
    passages: answer.passages.map(passage),
    closest: answer.closest.map(passage),
    sourcesDiffer: answer.sourcesDiffer.map((d) => ({
      aspect: d.aspect,
      quotes: d.quotes.map(quote),
    })),
    ...(answer.notStated ? { notStated: answer.notStated } : {}),
    ...(answer.notFromNamed ? { notFromNamed: answer.notFromNamed } : {}),
    ...(answer.notOnDate ? { notOnDate: answer.notOnDate } : {}),
    ...(answer.asksNoWord ? { asksNoWord: true } : {}),
  };
}
