/** /ask: answers a question with verbatim quotes from the coverage and their sources. */
import { ApplicationCommandOptionType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../src/engine/question.js';
import type { Answer } from '../src/engine/types.js';
import type { Command } from '../src/framework/command.js';
import { encodeButtonId } from '../src/framework/custom-id.js';
import { hiddenNotice } from '../src/framework/payload.js';
import { renderAnswer, renderFullPassage, shownPassages } from '../src/framework/render/answer.js';
import type { AnswerControls } from '../src/framework/render/answer.js';
import {
  resolveSource,
  sourceChoices,
  unknownSourceMessage,
} from '../src/framework/source-option.js';

/** Passages fetched for one question; `results` sets how many a page shows. */
export const MAX_RESULTS = 5;
/** Passages a page shows when `results` is not given. */
export const DEFAULT_RESULTS = 3;

const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'ask',
  description: 'Ask a question; the bot answers only with verbatim quotes from the articles.',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question',
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'source',
      description: 'Only quote this article',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'results',
      description: `Passages per page (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`,
      min_value: 1,
      max_value: MAX_RESULTS,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      description: 'Only you see the answer',
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'mention',
      description: 'Someone to point the answer at (they are notified)',
    },
  ],
};

const options = z.object({
  question: z.string().superRefine((q, ctx) => {
    const problem = checkQuestion(q);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^question: /, '') });
  }),
  source: z.string().max(100, 'a source id is at most 100 characters').optional(),
  results: z.number().int().min(1).max(MAX_RESULTS).optional(),
  hide: z.boolean().optional(),
  mention: z
    .string()
    .regex(/^\d{1,20}$/, 'mention must be a user')
    .optional(),
});

/** What the buttons of one answer need. */
interface AskState {
  answer: Answer;
  perPage: number;
  pingUser?: string;
  ephemeral: boolean;
}

function controls(key: string, owner: string): AnswerControls {
  return {
    page: (page) => encodeButtonId({ command: 'ask', action: 'page', owner, key, arg: page }),
    // Anyone may read a full passage: it is shown only to whoever presses.
    fullPassage: (index) =>
      encodeButtonId({ command: 'ask', action: 'full', owner: null, key, arg: index }),
  };
}

function show(state: AskState, key: string, owner: string, page: number) {
  return renderAnswer(state.answer, {
    page,
    perPage: state.perPage,
    controls: controls(key, owner),
    pingUser: state.pingUser,
    ephemeral: state.ephemeral,
  });
}

export default {
  data,
  options,
  defer: true,
  run(ctx, opts) {
    let source: string | undefined;
    if (opts.source !== undefined && opts.source.trim() !== '') {
      const found = resolveSource(ctx.engine, opts.source);
      if (!found) return hiddenNotice(unknownSourceMessage(opts.source));
      source = found.id;
    }
    const answer = ctx.engine.ask(opts.question, { source, limit: MAX_RESULTS });
    const state: AskState = {
      answer,
      perPage: opts.results ?? DEFAULT_RESULTS,
      pingUser: opts.mention,
      ephemeral: opts.hide === true,
    };
    const key = ctx.state.put(state);
    return show(state, key, ctx.userId, 0);
  },
  autocomplete(ctx, focused) {
    return focused.name === 'source' ? sourceChoices(ctx.engine, focused.value) : [];
  },
  press(ctx, id) {
    const state = ctx.state.get(id.key) as AskState | undefined;
    if (!state) return null;
    if (id.action === 'full') {
      const passage = shownPassages(state.answer)[id.arg];
      if (!passage) return null;
      return { kind: 'reply', payload: renderFullPassage(passage, id.arg, state.answer.answered) };
    }
    return { kind: 'update', payload: show(state, id.key, ctx.userId, id.arg) };
  },
} satisfies Command<z.infer<typeof options>>;
