/**
 * Parses what a person types in the local console into the raw options Discord would send:
 * `/ask who signed? results:2`, `/ask results:2 source:DW who signed?`, `/timeline from:2020-11`.
 * A message context-menu command is typed by its key with the message's text after it:
 * `/find-in-coverage Was the deal signed in Minsk?`.
 *
 * The rules: an option is written `name:value` anywhere on the line; its value is one word or a
 * quoted phrase (`source:"Putin: Russia"`), except an explicit `question:`, whose value runs to
 * the next option. A known option's name may also be followed by a space (`keyword: lido`), as
 * Discord's client shows a filled option, where no question word can be (opening the line or
 * after another option's value). Every other word is the free text, which fills the
 * command's required text option (the question). So "Putin: Russia" (no option's name), or a
 * quoted phrase, stays part of the question. A word shaped like an option whose name is a
 * misspelling of a real one (`result:2`, `form:2020`), or any unknown `name:value` for a
 * command without free text, is an error naming the option meant (or listing the options).
 */
import type { AnyCommand, SlashCommand } from '../framework/command.js';
import { closestOptionName } from '../framework/closest.js';
import type { OptionSpec, RawOptions } from '../framework/options.js';
import { unknownOptionMessage } from '../framework/options.js';
import { KEY_PATTERN } from './render-text.js';

/** What a console line asks for. */
export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'key'; key: string }
  | { kind: 'command'; name: string; options: RawOptions }
  /** A message context-menu command, run on the text typed after it. */
  | { kind: 'message'; name: string; content: string }
  | { kind: 'error'; message: string };

/** A word of the line, as typed, and where it starts. */
interface Token {
  text: string;
  quoted: boolean;
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'" };

/** Splits on spaces, keeping a quoted phrase (straight or curly quotes) as one token. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    // A token is quoted when it starts with a quote, or is name:"…".
    const optionQuote = /^[A-Za-z_]+:(["“'])/.exec(text.slice(i));
    const open = optionQuote ? optionQuote[1]! : QUOTES[text[i]!] ? text[i]! : null;
    if (open) {
      const from = i + (optionQuote ? optionQuote[0].length : 1);
      const close = text.indexOf(QUOTES[open]!, from);
      if (close >= 0 && (close + 1 >= text.length || /\s/.test(text[close + 1]!))) {
        tokens.push({ text: text.slice(start, close + 1), quoted: true });
        i = close + 1;
        continue;
      }
    }
    while (i < text.length && !/\s/.test(text[i]!)) i++;
    tokens.push({ text: text.slice(start, i), quoted: false });
  }
  return tokens;
}

const unquote = (s: string) => {
  const t = s.trim();
  const close = QUOTES[t[0] ?? ''];
  return close && t.length >= 2 && t.endsWith(close) ? t.slice(1, -1) : t;
};

const OPTION_WORD = /^([A-Za-z_]+):(\S.*)$/s;

/** Converts typed text to the value Discord would send for an option of this type. */
function convert(command: string, name: string, spec: OptionSpec, text: string) {
  switch (spec.type) {
    case 'integer':
      return /^-?\d+$/.test(text)
        ? Number(text)
        : new Error(`/${command}: ${name} must be a whole number, not “${text}”.`);
    case 'boolean':
      if (/^(true|yes|on|1)$/i.test(text)) return true;
      if (/^(false|no|off|0)$/i.test(text)) return false;
      return new Error(`/${command}: ${name} must be true or false, not “${text}”.`);
    case 'user':
      return text.replace(/^<@!?(\d+)>$/, '$1');
    default:
      return text;
  }
}

/**
 * `tokens` with a known option's name written with a space after its colon (`keyword:`,
 * `consultation`) joined to the word after it (`keyword:consultation`): Discord's client shows
 * a filled option as `name: value`, and people type what they see. In a command with free text
 * (`target`, the question) only where no question word can be: opening the line or right after
 * another option's value, so "what was the source: DW or TASS?" stays a question.
 */
function withSpacedOptions(
  tokens: readonly Token[],
  names: readonly string[],
  target: string | undefined,
): Token[] {
  const joined: Token[] = [];
  /** True when the previous token was an option other than the free text's. */
  const afterOption = () => {
    const previous = OPTION_WORD.exec(joined.at(-1)?.text ?? '');
    const name = previous?.[1]!.toLowerCase();
    return name !== undefined && name !== target && names.includes(name);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const bare = /^([A-Za-z_]+):$/.exec(token.text);
    const known = bare !== null && names.includes(bare[1]!.toLowerCase());
    if (known && next && !token.quoted && (!target || joined.length === 0 || afterOption())) {
      joined.push({ text: token.text + next.text, quoted: next.quoted });
      i++;
    } else joined.push(token);
  }
  return joined;
}

/** The option that takes the free text: the first required text option. */
function freeTextOption(command: SlashCommand): string | undefined {
  return Object.entries(command.options as Record<string, OptionSpec>).find(
    ([, spec]) => spec.required && spec.type === 'string',
  )?.[0];
}

/**
 * Parses one line against the known commands. A line without a slash is a button key when it
 * looks like one (one short word, `n`, `3w`), else the question of `/ask`, options included.
 * Errors are sentences.
 */
export function parseLine(line: string, commands: readonly AnyCommand[]): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^(\/?(quit|exit)|q)$/i.test(text)) return { kind: 'quit' };
  const slash = commands.filter((c): c is SlashCommand => c.kind === 'slash');
  if (!text.startsWith('/')) {
    // A button's key, as the last reply shows it: `n`, `3`, `delete`, `3w`.
    if (KEY_PATTERN.test(text)) return { kind: 'key', key: text.toLowerCase() };
    // Newcomers type a question as they would ask it; /ask is the command that takes one.
    if (slash.some((c) => c.data.name === 'ask')) return parseLine(`/ask ${text}`, commands);
    return {
      kind: 'error',
      message: 'Commands start with /; /help lists them.',
    };
  }
  const match = /^\/(\S+)\s*(.*)$/s.exec(text)!;
  const name = match[1]!.toLowerCase();
  const onMessage = commands.find((c) => c.kind === 'message' && c.key === name);
  if (onMessage) {
    const content = (match[2] ?? '').trim();
    if (!content)
      return {
        kind: 'error',
        message: `/${name} needs the text of a message, e.g. /${name} Was the deal signed in Minsk?`,
      };
    return { kind: 'message', name: onMessage.data.name, content };
  }
  const command = slash.find((c) => c.data.name === name);
  if (!command) {
    return {
      kind: 'error',
      // The console provides no services: a command that needs one is not offered here.
      message: `There is no command /${name}. The commands are ${commands
        .filter((c) => c.needs === undefined)
        .map((c) => '/' + c.key)
        .join(', ')}.`,
    };
  }
  const specs = command.options as Record<string, OptionSpec>;
  const names = Object.keys(specs);
  const target = freeTextOption(command);
  const raw: RawOptions = {};
  const free: string[] = [];
  /** The option whose value is still being read word by word (an explicit `question:`). */
  let open: string | null = null;
  /** The text option given last, unquoted: free words right after it were likely meant for it. */
  let lastText: string | null = null;
  /** The text option free words first came right after ("keyword:site visit"), if any. */
  let spilledFrom: string | null = null;
  /** Free words before those, if any. */
  let freeBefore = 0;
  const openWords: string[] = [];
  const closeOpen = () => {
    if (open) raw[open] = unquote(openWords.join(' '));
    open = null;
    openWords.length = 0;
  };

  for (const token of withSpacedOptions(tokenize(match[2] ?? ''), names, target)) {
    const option =
      token.quoted && !OPTION_WORD.test(token.text) ? null : OPTION_WORD.exec(token.text);
    const optionName = option ? names.find((n) => n === option[1]!.toLowerCase()) : undefined;
    // An unknown name:value is a misspelt option when it is near one, or whenever the command
    // has no free text it could belong to.
    if (option && !optionName && (!target || closestOptionName(option[1]!, names))) {
      return { kind: 'error', message: unknownOptionMessage(name, option[1]!, specs) };
    }
    if (!option || !optionName) {
      if (!open && spilledFrom === null && lastText !== null) {
        spilledFrom = lastText;
        freeBefore = free.length;
      }
      (open ? openWords : free).push(token.text);
      lastText = null;
      continue;
    }
    closeOpen();
    lastText = specs[optionName]!.type === 'string' && !token.quoted ? optionName : null;
    if (raw[optionName] !== undefined)
      return { kind: 'error', message: `/${name}: ${optionName} is given twice; give it once.` };
    const value = unquote(option[2]!);
    if (optionName === target && !token.quoted) {
      open = optionName;
      openWords.push(value);
      continue;
    }
    const converted = convert(name, optionName, specs[optionName]!, value);
    if (converted instanceof Error) return { kind: 'error', message: converted.message };
    raw[optionName] = converted;
  }
  closeOpen();

  const rest = unquote(free.join(' '));
  // "keyword:site visit": here a value of several words is quoted (Discord's own box needs no
  // quotes), so words right after a text option were likely meant for it.
  const spilled = spilledFrom === null ? '' : free.slice(freeBefore).join(' ');
  const quoteHint =
    spilledFrom === null
      ? ''
      : ` To give ${spilledFrom} several words, quote them: ${spilledFrom}:"${`${String(raw[spilledFrom])} ${spilled}`.slice(0, 60)}".`;
  if (rest) {
    if (!target) {
      return {
        kind: 'error',
        // A command with no options (/sources, /help) is typed alone: no name:value to suggest.
        message:
          names.length === 0
            ? `/${name} takes no text (“${rest.slice(0, 60)}”); type /${name} alone.`
            : `/${name} takes no free text (“${rest.slice(0, 60)}”); give options as name:value, e.g. ${names[0]}:…${quoteHint}`,
      };
    }
    if (raw[target] !== undefined) {
      return {
        kind: 'error',
        message: `/${name}: “${rest.slice(0, 60)}” is outside ${target}:; put the whole ${target} after ${target}: or leave ${target}: out.${quoteHint}`,
      };
    }
    // "/ask how many turbines source:Coastline Courier": the question on both sides of a text
    // option cannot be told from that option's words.
    if (spilledFrom !== null && freeBefore > 0) {
      return {
        kind: 'error',
        message: `/${name}: “${spilled.slice(0, 60)}” follows ${spilledFrom}: and the ${target} comes before it; put the ${target} first, then options.${quoteHint}`,
      };
    }
    raw[target] = rest;
  }
  return { kind: 'command', name, options: raw };
}
