/**
 * Parses what a person types in the local console into the same raw options Discord would send:
 * `/ask question:who signed? results:2`, or `/ask who signed?` (the free text fills the first
 * required text option), `/timeline from:2020-11`.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { AnyCommand } from '../framework/command.js';
import type { RawOptions } from '../framework/router.js';
import { escapeRegExp } from '../text/escape.js';

/** What a console line asks for. */
export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'key'; key: string }
  | { kind: 'command'; name: string; options: RawOptions }
  | { kind: 'error'; message: string };

interface OptionSpec {
  name: string;
  type: ApplicationCommandOptionType;
  required?: boolean;
}

function specs(command: AnyCommand): OptionSpec[] {
  return (command.data.options ?? []) as OptionSpec[];
}

const unquote = (s: string) =>
  s
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/^“(.*)”$/s, '$1');

function convert(
  command: string,
  spec: OptionSpec,
  text: string,
): string | number | boolean | Error {
  switch (spec.type) {
    case ApplicationCommandOptionType.Integer:
      return /^-?\d+$/.test(text)
        ? Number(text)
        : new Error(`/${command}: ${spec.name} must be a whole number, not “${text}”`);
    case ApplicationCommandOptionType.Number:
      return Number.isFinite(Number(text)) && text !== ''
        ? Number(text)
        : new Error(`/${command}: ${spec.name} must be a number`);
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes|on|1)$/i.test(text)) return true;
      if (/^(false|no|off|0)$/i.test(text)) return false;
      return new Error(`/${command}: ${spec.name} must be true or false`);
    case ApplicationCommandOptionType.User:
      return text.replace(/^<@!?(\d+)>$/, '$1');
    default:
      return text;
  }
}

/** Parses one line against the known commands. */
export function parseLine(line: string, commands: readonly AnyCommand[]): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^(\/?(quit|exit)|q)$/i.test(text)) return { kind: 'quit' };
  if (!text.startsWith('/')) {
    if (/^[a-z0-9]$/i.test(text)) return { kind: 'key', key: text.toLowerCase() };
    return {
      kind: 'error',
      message: 'Commands start with /, e.g. /ask who signed the agreement?  (/help lists them)',
    };
  }
  const match = /^\/(\S+)\s*(.*)$/s.exec(text)!;
  const name = match[1]!.toLowerCase();
  const rest = match[2] ?? '';
  const command = commands.find((c) => c.data.name === name);
  if (!command) {
    return {
      kind: 'error',
      message: `Unknown command /${name}. Commands: ${commands.map((c) => '/' + c.data.name).join(' ')}`,
    };
  }
  const options = specs(command);
  const raw: RawOptions = {};
  let free = rest;
  if (options.length > 0) {
    const marker = new RegExp(
      `(?:^|\\s)(${options.map((o) => escapeRegExp(o.name)).join('|')}):`,
      'gi',
    );
    const found = [...rest.matchAll(marker)];
    free = found.length > 0 ? rest.slice(0, found[0]!.index) : rest;
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      const start = m.index + m[0].length;
      const end = i + 1 < found.length ? found[i + 1]!.index : rest.length;
      const spec = options.find((o) => o.name === m[1]!.toLowerCase())!;
      const value = convert(name, spec, unquote(rest.slice(start, end)));
      if (value instanceof Error) return { kind: 'error', message: value.message };
      raw[spec.name] = value;
    }
  }
  free = unquote(free);
  if (free) {
    const target = options.find(
      (o) => o.required && o.type === ApplicationCommandOptionType.String,
    );
    if (!target || raw[target.name] !== undefined) {
      return {
        kind: 'error',
        message: `/${name}: unexpected “${free}”; give options as name:value`,
      };
    }
    raw[target.name] = free;
  }
  const missing = options.find((o) => o.required && raw[o.name] === undefined);
  if (missing)
    return {
      kind: 'error',
      message: `/${name}: ${missing.name} is required, e.g. /${name} ${missing.name}:…`,
    };
  return { kind: 'command', name, options: raw };
}
