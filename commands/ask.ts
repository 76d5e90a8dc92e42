/** /ask: answers a question with verbatim quotes from the coverage and their sources. */
import { DEFAULT_RESULTS, MAX_RESULTS } from '../src/engine/index.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../src/engine/question.js';
import { pressAnswer, startAnswer } from '../src/framework/answer-flow.js';
import type { AskOptions } from '../src/engine/types.js';
import type { SourceScope } from '../src/framework/render/scope.js';
import { defineCommand } from '../src/framework/command.js';
import { hiddenNotice } from '../src/framework/payload.js';
import { matchSource, sourceChoices, sourceProblem } from '../src/framework/source-option.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question; the bot answers only with verbatim quotes from the articles.',
  options: {
    question: {
      type: 'string',
      description: 'Your question',
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
      check: (q) => {
        const problem = checkQuestion(q);
        return problem ? `${problem}.` : null;
      },
    },
    source: {
      type: 'string',
      description:
        'Only quote these articles: an id, an outlet (all its articles), or a word or start of a title',
      autocomplete: true,
      maxLength: 100,
    },
    results: {
      type: 'integer',
      description: `Passages per page (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`,
      min: 1,
      max: MAX_RESULTS,
    },
    hide: { type: 'boolean', description: 'Only you see the answer' },
    mention: { type: 'user', description: 'Someone to point the answer at (they are notified)' },
  },
  run(ctx, opts) {
    let scope: SourceScope | undefined;
    const options: AskOptions = { limit: MAX_RESULTS };
    if (opts.source !== undefined && opts.source.trim() !== '') {
      const match = matchSource(ctx.engine, opts.source);
      if (match.kind === 'one') {
        scope = match.source;
        options.source = match.source.id;
      } else if (match.kind === 'outlet') {
        // Naming an outlet means all of its articles.
        scope = { outlet: match.outlet };
        options.sources = match.sources.map((s) => s.id);
      } else return hiddenNotice(sourceProblem(opts.source, match));
    }
    const answer = ctx.engine.ask(opts.question, options);
    return startAnswer('ask', ctx, {
      answer,
      perPage: opts.results ?? DEFAULT_RESULTS,
      owner: ctx.userId,
      pingUser: opts.mention,
      ephemeral: opts.hide === true,
      scope,
      marks: {},
    });
  },
  autocomplete(ctx, focused) {
    return focused.name === 'source' ? sourceChoices(ctx.engine, focused.value) : [];
  },
  press: (ctx, id) => pressAnswer('ask', ctx, id),
});
