/**
 * A command's options, defined once: from one {@link OptionSpecs} come the definition registered
 * with Discord (built with discord.js's `SlashCommandBuilder`, which checks names, descriptions
 * and lengths the way Discord does), the TypeScript type of the parsed options
 * ({@link OptionsOf}) and their validation ({@link parseOptions}), so the three cannot disagree.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { closestOptionName } from './closest.js';
import { truncate } from './text.js';
import { lengthProblem } from '../engine/question.js';

interface BaseSpec {
  /** Shown by Discord under the option (1–100 characters). */
  description: string;
  required?: boolean;
}

/** A text option. `check` adds a rule of the command's own; it returns a sentence, or null when fine. */
export interface StringSpec extends BaseSpec {
  type: 'string';
  maxLength?: number;
  autocomplete?: boolean;
  check?: (value: string) => string | null;
}

/** A whole-number option, optionally bounded (inclusive). */
export interface IntegerSpec extends BaseSpec {
  type: 'integer';
  min?: number;
  max?: number;
}

/** A true/false option. */
export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
}

/** A user option; its value is the user's id. */
export interface UserSpec extends BaseSpec {
  type: 'user';
}

/** One option's definition. */
export type OptionSpec = StringSpec | IntegerSpec | BooleanSpec | UserSpec;

/** A command's options by name, in the order Discord shows them. */
export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S extends IntegerSpec
  ? number
  : S extends BooleanSpec
    ? boolean
    : string;
type RequiredKeys<S extends OptionSpecs> = {
  [K in keyof S]: S[K]['required'] extends true ? K : never;
}[keyof S];

/** The parsed options of a command with specs `S`: required ones always present, the rest optional. */
export type OptionsOf<S extends OptionSpecs> = { [K in RequiredKeys<S>]: ValueOf<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]>;
};

/** Raw option values as Discord sends them (a user option's value is the user's id). */
export type RawOptions = Record<string, string | number | boolean>;

/** The outcome of {@link parseOptions}: the typed options, or one sentence saying what is wrong. */
export type ParsedOptions<T> = { ok: true; value: T } | { ok: false; message: string };

/** Discord's user ids are snowflakes: 17 to 20 decimal digits. */
const SNOWFLAKE = /^\d{17,20}$/;

function describeRange(spec: IntegerSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return `from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `of at least ${spec.min}`;
  if (spec.max !== undefined) return `of at most ${spec.max}`;
  return '';
}

const shown = (value: unknown) => `“${truncate(String(value), 40)}”`;

/** Checks one value against its spec; a sentence when it breaks it. */
function checkValue(
  command: string,
  name: string,
  spec: OptionSpec,
  value: unknown,
): { value: string | number | boolean } | { message: string } {
  switch (spec.type) {
    case 'integer': {
      const range = describeRange(spec);
      const wanted = `${name} must be a whole number${range ? ` ${range}` : ''}`;
      if (typeof value !== 'number' || !Number.isInteger(value))
        return { message: `/${command}: ${wanted}, not ${shown(value)}.` };
      if (
        (spec.min !== undefined && value < spec.min) ||
        (spec.max !== undefined && value > spec.max)
      )
        return { message: `/${command}: ${wanted}; you gave ${value}.` };
      return { value };
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? { value }
        : { message: `/${command}: ${name} must be true or false, not ${shown(value)}.` };
    case 'user':
      return typeof value === 'string' && SNOWFLAKE.test(value)
        ? { value }
        : { message: `/${command}: ${name} must be a member of this server.` };
    case 'string': {
      if (typeof value !== 'string')
        return { message: `/${command}: ${name} must be text, not ${shown(value)}.` };
      const tooLong = spec.maxLength === undefined ? null : lengthProblem(value, spec.maxLength);
      if (tooLong !== null) return { message: `/${command}: ${name} ${tooLong}.` };
      const problem = spec.check?.(value);
      return problem ? { message: `/${command}: ${problem}` } : { value };
    }
  }
}

/**
 * Validates raw option values against `specs`. Every failure is one sentence naming the option:
 * an unknown option names the closest known one, a missing required one says so, a value out
 * of range gives the range. Never throws.
 */
export function parseOptions<S extends OptionSpecs>(
  command: string,
  specs: S,
  raw: RawOptions,
): ParsedOptions<OptionsOf<S>> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = specs[name];
    if (!spec) return { ok: false, message: unknownOptionMessage(command, name, specs) };
    const checked = checkValue(command, name, spec, value);
    if ('message' in checked) return { ok: false, message: checked.message };
    out[name] = checked.value;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && out[name] === undefined)
      return { ok: false, message: `/${command} needs ${name}, e.g. /${command} ${name}:…` };
  }
  return { ok: true, value: out as OptionsOf<S> };
}

/** "/ask has no option “result”. Did you mean results?" (or the list when nothing is close). */
export function unknownOptionMessage(command: string, name: string, specs: OptionSpecs): string {
  const names = Object.keys(specs);
  if (names.length === 0) return `/${command} takes no options; ${shown(name)} is not one.`;
  const near = closestOptionName(name, names);
  const hint = near
    ? ` Did you mean ${near}:?`
    : ` Its options are ${names.map((n) => `${n}:`).join(', ')}.`;
  return `/${command} has no option ${shown(name)}.${hint}`;
}

/**
 * The definition Discord registers for a slash command with these options, built with
 * discord.js's `SlashCommandBuilder`, which throws on a name, description or bound Discord
 * would refuse. Required options come first, as Discord requires.
 */
export function slashCommandData(
  name: string,
  description: string,
  specs: OptionSpecs,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder().setName(name).setDescription(description);
  const ordered = Object.entries(specs).sort(
    ([, a], [, b]) => Number(b.required === true) - Number(a.required === true),
  );
  for (const [optionName, spec] of ordered) {
    const required = spec.required === true;
    switch (spec.type) {
      case 'string':
        builder.addStringOption((o) => {
          o.setName(optionName).setDescription(spec.description).setRequired(required);
          if (spec.maxLength !== undefined) o.setMaxLength(spec.maxLength);
          if (spec.autocomplete) o.setAutocomplete(true);
          return o;
        });
        break;
      case 'integer':
        builder.addIntegerOption((o) => {
          o.setName(optionName).setDescription(spec.description).setRequired(required);
          if (spec.min !== undefined) o.setMinValue(spec.min);
          if (spec.max !== undefined) o.setMaxValue(spec.max);
          return o;
        });
        break;
      case 'boolean':
        builder.addBooleanOption((o) =>
          o.setName(optionName).setDescription(spec.description).setRequired(required),
        );
        break;
      case 'user':
        builder.addUserOption((o) =>
          o.setName(optionName).setDescription(spec.description).setRequired(required),
        );
        break;
    }
  }
  return builder.toJSON();
}
