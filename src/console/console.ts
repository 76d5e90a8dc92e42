/**
 * The local console: type `/ask …`, `/sources`, `/timeline …`, `/help` and see the bot's replies
 * as text, turning pages with the keys shown. It goes through the same command modules and
 * router as the Discord bot. Interactive on a terminal; with piped input it runs each line
 * and exits at the end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../log.js';
import type { AnyCommand, FeedbackSink } from '../framework/command.js';
import { CommandRouter } from '../framework/router.js';
import type { ReplyPayload } from '../framework/payload.js';
import { oneSafeLine } from '../text/controls.js';
import { parseLine } from './parse-line.js';
import { renderText } from './render-text.js';

/** The user id the console acts as (buttons check it like a Discord user id). */
export const CONSOLE_USER = 'console';

/** Options of {@link runConsole}. */
export interface ConsoleOptions {
  engine: Engine;
  commands: AnyCommand[];
  logger: Logger;
  input?: Readable;
  output?: Writable;
  /** Prompt and ANSI bold; default: when input is a terminal. */
  interactive?: boolean;
  /** Where "Report a passage" verdicts go. */
  feedback?: FeedbackSink;
}

/** A console session's logic without I/O: one line in, text out. */
export class ConsoleSession {
  private readonly router: CommandRouter;
  private keys = new Map<string, string>();

  constructor(
    private readonly options: {
      engine: Engine;
      commands: AnyCommand[];
      logger: Logger;
      ansi?: boolean;
      feedback?: FeedbackSink;
    },
  ) {
    this.router = new CommandRouter(options.commands, options.engine, {
      feedback: options.feedback,
    });
  }

  /**
   * Renders `payload` and sets which buttons the keys press. A new reply or an edit replaces the
   * keys; a further reply (a button's answer, e.g. a full passage or the report menu) replaces
   * them only when it has buttons of its own, since those are the ones the person is looking at.
   */
  private show(payload: ReplyPayload, keys: 'replace' | 'when-it-has-buttons'): string {
    const rendered = renderText(payload, { ansi: this.options.ansi });
    if (keys === 'replace' || rendered.keys.size > 0) this.keys = rendered.keys;
    return rendered.text;
  }

  /** Runs one typed line; resolves to the text to print, or null to quit. */
  async handle(line: string): Promise<string | null> {
    // Whatever the line held, nothing typed is echoed with its control codes.
    const parsed = parseLine(oneSafeLine(line), this.options.commands);
    try {
      switch (parsed.kind) {
        case 'empty':
          return '';
        case 'quit':
          return null;
        case 'error':
          return parsed.message;
        case 'command':
          return this.show(
            await this.router.dispatch(parsed.name, parsed.options, { userId: CONSOLE_USER }),
            'replace',
          );
        case 'message':
          return this.show(
            this.router.runOnMessage(
              parsed.name,
              { id: 'console', content: parsed.content },
              CONSOLE_USER,
            ),
            'replace',
          );
        case 'key': {
          const customId = this.keys.get(parsed.key);
          if (!customId) {
            return this.keys.size > 0
              ? `No button [${parsed.key}]. Keys: ${[...this.keys.keys()].join(' ')} (commands start with /, e.g. /help)`
              : 'The last reply has no buttons. Type a command, e.g. /help';
          }
          const result = this.router.press(customId, CONSOLE_USER);
          if (result.kind === 'delete') {
            this.keys.clear();
            return '(answer deleted)';
          }
          if (result.kind === 'expired') this.keys.clear();
          return this.show(
            result.payload,
            result.kind === 'update' ? 'replace' : 'when-it-has-buttons',
          );
        }
      }
    } catch (error) {
      this.options.logger.error('console command failed', { line, error });
      return 'Sorry, something went wrong; the error is in the log above.';
    }
  }
}

/** Runs the console until `quit` or the end of input. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? (input as { isTTY?: boolean }).isTTY === true;
  const session = new ConsoleSession({ ...options, ansi: interactive });
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const write = (text: string) => output.write(text + '\n');
  if (interactive) {
    write('Type /help, /ask <question>, /sources or /timeline. Ctrl+D or "quit" leaves.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const out = await session.handle(line);
    if (out === null) break;
    if (out) write(out);
    if (interactive) rl.prompt();
  }
  rl.close();
}
