/**
 * What /ask and "Find in coverage" share once the engine has answered: the state their buttons
 * need, the reply, and every button on it (pages, full passage, share to channel, delete,
 * report a passage and its verdicts). Each command keeps its own state cache; the custom ids
 * carry the command's key, so a press comes back to the command that made the button.
 */
import type { Answer } from '../engine/types.js';
import type { CommandContext, PressResult } from './command.js';
import type { ButtonId } from './custom-id.js';
import { encodeButtonId } from './custom-id.js';
import type { ReplyPayload } from './payload.js';
import { hiddenNotice } from './payload.js';
import type { AnswerControls } from './render/answer.js';
import type { SourceScope } from './render/scope.js';
import { renderAnswer, renderFullPassage, shownPassages } from './render/answer.js';
import { markArg, markOf, renderReportMenu, VERDICTS } from './render/report.js';

/** What the buttons of one answer need: the answer and how it is shown. No interaction objects. */
export interface AnswerState {
  answer: Answer;
  perPage: number;
  /** The user who asked: the only one who may turn pages, share or delete. */
  owner: string;
  pingUser?: string;
  ephemeral: boolean;
  /** The article, or the outlet's articles, the question was limited to, if any. */
  scope?: SourceScope;
  /** The label before the question ("Question", "Searched for"). */
  questionLabel?: string;
  /** Verdicts already given, per user, as "index:verdict", so the menu shows them done. */
  marks: Record<string, string[]>;
}

/** The button actions of an answer (the second part of its buttons' custom ids). */
export type AnswerAction = 'page' | 'full' | 'share' | 'delete' | 'report' | 'mark';

function controls(command: string, state: AnswerState, key: string): AnswerControls {
  const id = (action: AnswerAction, owner: string | null, arg = 0) =>
    encodeButtonId({ command, action, owner, key, arg });
  const c: AnswerControls = {
    page: (page) => id('page', state.owner, page),
    // Anyone may read a full passage or report one: the reply goes only to whoever presses.
    fullPassage: (index) => id('full', null, index),
    report: id('report', null),
  };
  if (state.ephemeral) c.share = id('share', state.owner);
  else c.delete = id('delete', state.owner);
  return c;
}

/** The reply showing page `page` of the answer held under `key`. */
export function showAnswer(
  command: string,
  state: AnswerState,
  key: string,
  page: number,
): ReplyPayload {
  return renderAnswer(state.answer, {
    page,
    perPage: state.perPage,
    controls: controls(command, state, key),
    pingUser: state.pingUser,
    ephemeral: state.ephemeral,
    scope: state.scope,
    questionLabel: state.questionLabel,
  });
}

/** Stores `state` in the command's cache and returns the first page of its reply. */
export function startAnswer(
  command: string,
  ctx: CommandContext,
  state: AnswerState,
): ReplyPayload {
  return showAnswer(command, state, ctx.state.put(state), 0);
}

function reportMenu(command: string, state: AnswerState, key: string, user: string, note?: string) {
  return renderReportMenu(
    state.answer,
    (index, verdict) =>
      encodeButtonId({
        command,
        action: 'mark',
        owner: null,
        key,
        arg: markArg(index, verdict),
      }),
    new Set(state.marks[user] ?? []),
    note,
  );
}

/**
 * Handles a press on an answer's button; null when its state has expired. "Delete" needs no
 * state (the owner check is in the custom id), so it works for as long as Discord shows the
 * message.
 */
export function pressAnswer(
  command: string,
  ctx: CommandContext,
  id: ButtonId,
): PressResult | null {
  if (id.action === 'delete') return { kind: 'delete' };
  const state = ctx.state.get(id.key) as AnswerState | undefined;
  if (!state) return null;
  switch (id.action) {
    case 'page':
      return { kind: 'update', payload: showAnswer(command, state, id.key, id.arg) };
    case 'full': {
      const passage = shownPassages(state.answer)[id.arg];
      if (!passage) return null;
      return { kind: 'reply', payload: renderFullPassage(passage, id.arg, state.answer.answered) };
    }
    case 'share': {
      // A new public copy with its own state: its buttons are "Delete", not "Share".
      const shared: AnswerState = { ...state, ephemeral: false, marks: {} };
      return { kind: 'reply', payload: startAnswer(command, ctx, shared) };
    }
    case 'report':
      return { kind: 'reply', payload: reportMenu(command, state, id.key, ctx.userId) };
    case 'mark': {
      const { index, verdict: verdictNumber } = markOf(id.arg);
      const verdict = VERDICTS[verdictNumber]!;
      const passage = shownPassages(state.answer)[index];
      if (!passage) return null;
      if (!ctx.feedback)
        return { kind: 'reply', payload: hiddenNotice('Feedback is not kept on this bot.') };
      const mark = `${index}:${verdictNumber}`;
      const given = state.marks[ctx.userId] ?? [];
      // One verdict of each kind per person and passage: a second press changes nothing.
      if (!given.includes(mark))
        ctx.feedback.record({
          question: state.answer.question,
          verdict: verdict.verdict,
          passage: {
            source: passage.source.id,
            start: passage.start,
            end: passage.end,
            ...(passage.page ? { page: passage.page.line } : {}),
          },
          rank: index,
          answered: state.answer.answered,
        });
      state.marks[ctx.userId] = [...new Set([...given, mark])];
      const note = `Thank you: passage ${index + 1} is marked “${verdict.label}”. The team will review it.`;
      return { kind: 'update', payload: reportMenu(command, state, id.key, ctx.userId, note) };
    }
    default:
      return null;
  }
}
