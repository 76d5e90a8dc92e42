/**
 * Each command's options are defined once; the Discord definition and the validation both come
 * from that definition. These tests hold them in agreement for every command: whatever Discord
 * would refuse, the validation refuses too, and the validation adds only the command's own rules.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/framework/commands.js';
import type { SlashCommand } from '../../src/framework/command.js';
import { closestOptionName } from '../../src/framework/closest.js';
import type { OptionSpec, RawOptions } from '../../src/framework/options.js';
import { parseOptions, slashCommandData } from '../../src/framework/options.js';

// A command with subcommands (/corpus) is defined with discord.js's SlashCommandBuilder and
// validates the flattened options the adapters send ({ subcommand, …its options }); its
// end-to-end test holds the two together through the stand-in, which refuses any option the
// registered definition does not have.
const commands = (await loadCommands()).filter(
  (c): c is SlashCommand =>
    c.kind === 'slash' &&
    !(c.data.options ?? []).some((o) => o.type === ApplicationCommandOptionType.Subcommand),
);
const TYPE: Record<OptionSpec['type'], ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
};
const USER_ID = '123456789012345678';

/** A value Discord would accept for this option (and that no command's own rule refuses). */
function validValue(o: APIApplicationCommandOption): string | number | boolean {
  switch (o.type) {
    case ApplicationCommandOptionType.Integer:
      return o.min_value ?? o.max_value ?? 1;
    case ApplicationCommandOptionType.Boolean:
      return true;
    case ApplicationCommandOptionType.User:
      return USER_ID;
    default:
      return '2020';
  }
}

/** Values Discord itself would refuse for this option. */
function refusedValues(o: APIApplicationCommandOption): Array<string | number | boolean> {
  switch (o.type) {
    case ApplicationCommandOptionType.Integer:
      return [
        ...(o.min_value !== undefined ? [o.min_value - 1] : []),
        ...(o.max_value !== undefined ? [o.max_value + 1] : []),
        1.5,
        'two',
      ];
    case ApplicationCommandOptionType.String:
      return [...(o.max_length !== undefined ? ['2'.repeat(o.max_length + 1)] : []), 3];
    case ApplicationCommandOptionType.Boolean:
      return ['yes', 1];
    default:
      return ['not-a-user', 7];
  }
}

function required(command: SlashCommand): RawOptions {
  const raw: RawOptions = {};
  for (const o of command.data.options ?? []) if (o.required) raw[o.name] = validValue(o);
  return raw;
}

describe.each(commands.map((c) => [c.data.name, c] as const))(
  '/%s: the Discord definition and the validation agree',
  (name, command) => {
    const specs = command.options as Record<string, OptionSpec>;
    const discord = command.data.options ?? [];

    it('defines the same options, with the same types and required flags', () => {
      expect(discord.map((o) => o.name).sort()).toEqual(Object.keys(specs).sort());
      for (const o of discord) {
        const spec = specs[o.name]!;
        expect(o.type, o.name).toBe(TYPE[spec.type]);
        expect(o.required === true, o.name).toBe(spec.required === true);
      }
      // Discord lists required options first.
      const flags = discord.map((o) => o.required === true);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    });

    it('accepts the required options alone, and refuses without them', () => {
      expect(parseOptions(name, specs, required(command))).toMatchObject({ ok: true });
      for (const o of discord.filter((d) => d.required)) {
        const raw = required(command);
        delete raw[o.name];
        const result = parseOptions(name, specs, raw);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.message).toBe(`/${name} needs ${o.name}, e.g. /${name} ${o.name}:…`);
      }
    });

    it('refuses every value Discord would refuse, with a sentence naming the option', () => {
      for (const o of discord) {
        for (const value of refusedValues(o)) {
          const result = parseOptions(name, specs, { ...required(command), [o.name]: value });
          expect(result.ok, `${o.name}=${String(value)}`).toBe(false);
          if (!result.ok) {
            expect(result.message).toContain(o.name);
            expect(result.message).toMatch(/\.$/);
          }
        }
      }
    });

    it('accepts values at Discord’s bounds unless the command’s own rule refuses them', () => {
      for (const o of discord) {
        const atBounds: Array<string | number | boolean> =
          o.type === ApplicationCommandOptionType.Integer
            ? [o.min_value, o.max_value].filter((v): v is number => v !== undefined)
            : o.type === ApplicationCommandOptionType.String && o.max_length !== undefined
              ? ['2'.repeat(o.max_length)]
              : [validValue(o)];
        for (const value of atBounds) {
          const result = parseOptions(name, specs, { ...required(command), [o.name]: value });
          const spec = specs[o.name]!;
          const ownRule = spec.type === 'string' && spec.check !== undefined;
          if (!ownRule) expect(result.ok, `${o.name}=${String(value)}`).toBe(true);
        }
      }
    });

    it('refuses an option Discord does not define, naming the closest one', () => {
      const result = parseOptions(name, specs, { ...required(command), zzzz: 1 });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toMatch(
          new RegExp(`^/${name} (has no option “zzzz”\\.|takes no options; “zzzz” is not one\\.)`),
        );
    });
  },
);

describe('slashCommandData', () => {
  it('lets discord.js refuse what Discord would: a bad name or a too long description', () => {
    expect(() => slashCommandData('Bad Name', 'd', {})).toThrow();
    expect(() => slashCommandData('ok', 'd'.repeat(101), {})).toThrow();
    expect(() =>
      slashCommandData('ok', 'd', { BAD: { type: 'boolean', description: 'x' } }),
    ).toThrow();
  });
});

describe('closestOptionName', () => {
  it('finds a misspelling within two edits, never more than a third of the word', () => {
    const names = ['question', 'source', 'results', 'hide', 'mention'];
    expect(closestOptionName('result', names)).toBe('results');
    expect(closestOptionName('SORCE', names)).toBe('source');
    expect(closestOptionName('qestion', names)).toBe('question');
    expect(closestOptionName('hid', names)).toBe('hide');
    expect(closestOptionName('https', names)).toBeNull();
    expect(closestOptionName('at', ['to'])).toBeNull();
    // Damerau–Levenshtein: a swap of neighbouring letters is one edit.
    expect(closestOptionName('form', ['from', 'to'])).toBe('from');
    expect(closestOptionName('rseults', names)).toBe('results');
    expect(closestOptionName('ot', ['to'])).toBeNull();
  });
});
