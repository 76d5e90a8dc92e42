/**
 * `npx tsx test/fit/oov-scan.ts [--list]`: how often the development questions use words their
 * corpus never does (content words whose stem is not an index term), and how many of those the
 * plan reads as a name's initials ("FDR") or as shorthand ("govt"); `--list` prints each
 * such question with its words. Development parts only (test/fit/dev-questions.ts).
 */
import { parseArgs } from 'node:util';
import { QUESTION_WORDS } from '../../src/text/stop-words.js';
import { isStopWord, stem, tokenize } from '../../src/text/terms.js';
import { DEFAULT_SETS, developmentSets } from './dev-questions.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
  const sets = await developmentSets(DEFAULT_SETS, () => {});
  let questions = 0;
  let withUnknown = 0;
  let words = 0;
  let unknown = 0;
  let initials = 0;
  let shorthand = 0;
  for (const set of sets) {
    const vocabulary = new Set(set.index.toJSON().vocabulary);
    for (const { question } of set.questions) {
      questions += 1;
      const plan = set.index.rank(question).plan;
      const found: string[] = [];
      for (const token of tokenize(question)) {
        if (isStopWord(token) || QUESTION_WORDS.has(token.word)) continue;
        words += 1;
        if (vocabulary.has(stem(token.word))) continue;
        unknown += 1;
        const typed = question.slice(token.start, token.end);
        const concept = plan.concepts.find((c) => c.label === typed);
        const kinds = new Set(concept?.alternatives.map((a) => a.kind));
        let how = '';
        if (kinds.has('abbreviation')) {
          shorthand += 1;
          how = ' (shorthand)';
        } else if (kinds.has('alias') || (!concept && plan.sources.articles.size > 0)) {
          initials += 1;
          how = ' (name or source)';
        }
        found.push(typed + how);
      }
      if (found.length === 0) continue;
      withUnknown += 1;
      if (values.list) console.log(`${set.name}\t${found.join(', ')}\t${question}`);
    }
  }
  console.log(
    `${questions} development questions, ${withUnknown} with a word the corpus never uses; ` +
      `${words} content words, ${unknown} unknown to the corpus: ${initials} read as a name ` +
      `or a named source, ${shorthand} as shorthand`,
  );
}

void main();
