/**
 * /corpus: manage the articles the bot quotes from, for members with Manage Server. `add`
 * takes an uploaded article (with optional title, outlet, date and link), `remove` takes an
 * article id, `list` shows the articles with their files, `status` shows the index in use.
 * Every reply is shown only to the member who ran it.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { MAX_ARTICLE_BYTES } from '../src/corpus/files.js';
import { ARTICLE_EXTENSIONS } from '../src/corpus/formats.js';
import { CorpusChangeError } from '../src/engine/corpus-admin.js';
import type { ChangeOutcome } from '../src/engine/corpus-admin.js';
import { AttachmentError } from '../src/framework/attachment.js';
import type { CommandContext, SlashCommand } from '../src/framework/command.js';
import { MAX_CHOICE_VALUE, MAX_EMBED_DESCRIPTION } from '../src/framework/limits.js';
import type { OptionSpecs, OptionsOf } from '../src/framework/options.js';
import { hiddenNotice, reply } from '../src/framework/payload.js';
import type { ReplyPayload } from '../src/framework/payload.js';
import { COLOR_LIST } from '../src/framework/render/common.js';
import { describeIndex, formatBuiltAt } from '../src/framework/render/index-info.js';
import { sourceChoices } from '../src/framework/source-option.js';
import { escapeMarkdown, truncate } from '../src/framework/text.js';
import { counted } from '../src/text/plural.js';

/** Who may manage the corpus: Discord's Manage Server permission (Administrator implies it). */
const MANAGE = PermissionFlagsBits.ManageGuild;
const ADMINISTRATOR = PermissionFlagsBits.Administrator;

/** The reply to a member without Manage Server (Discord hides the command from them, but it is checked again here). */
export const NOT_ALLOWED =
  'Only members with the Manage Server permission may manage the articles.';
/** The reply where this process manages no corpus folder. */
export const NOT_MANAGED =
  'This bot does not manage its articles from Discord here; its administrator edits the corpus folder, which it reloads by itself.';

const SUBCOMMANDS = ['add', 'remove', 'list', 'status'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const TITLE_MAX = 300;
const OUTLET_MAX = 100;
const DATE_MAX = 10;
const URL_MAX = 500;

/*
 * The definition is built with discord.js's SlashCommandBuilder, which checks it as Discord
 * does: src/framework/options.ts has no subcommands, attachments or default permissions, which
 * /corpus needs. The specs below validate what the adapters send: a subcommand arrives
 * flattened as { subcommand: 'add', file: …, title: … } (see src/gateway/bot.ts).
 */
const data = new SlashCommandBuilder()
  .setName('corpus')
  .setDescription('Manage the articles the bot quotes from (Manage Server only).')
  .setDefaultMemberPermissions(MANAGE)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription(
        'Add an article from an attached file (text, Markdown, HTML, saved page, e-mail, Word, PDF)',
      )
      .addAttachmentOption((o) =>
        o
          .setName('file')
          .setDescription(
            `The article: ${ARTICLE_EXTENSIONS.join(' ')}; up to ${MAX_ARTICLE_BYTES / 1_048_576} MB`,
          )
          .setRequired(true),
      )
      .addStringOption((o) =>
        o
          .setName('title')
          .setDescription('Its headline (default: read from the article)')
          .setMaxLength(TITLE_MAX),
      )
      .addStringOption((o) =>
        o.setName('outlet').setDescription('Who published it').setMaxLength(OUTLET_MAX),
      )
      .addStringOption((o) =>
        o
          .setName('date')
          .setDescription('Publication date: YYYY-MM-DD, YYYY-MM or YYYY')
          .setMaxLength(DATE_MAX),
      )
      .addStringOption((o) =>
        o
          .setName('url')
          .setDescription('Link to the article (http or https)')
          .setMaxLength(URL_MAX),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('remove')
      .setDescription('Remove an article: it is no longer quoted or listed')
      .addStringOption((o) =>
        o
          .setName('article')
          .setDescription('The article id (see /corpus list)')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(MAX_CHOICE_VALUE),
      ),
  )
  .addSubcommand((sub) =>
    sub.setName('list').setDescription('The articles with their ids and files'),
  )
  .addSubcommand((sub) =>
    sub
      .setName('status')
      .setDescription('When the index was built, from how many articles, and any reload problem'),
  )
  .toJSON();

const options = {
  subcommand: {
    type: 'string',
    description: SUBCOMMANDS.join(', '),
    required: true,
    check: (value: string) =>
      (SUBCOMMANDS as readonly string[]).includes(value)
        ? null
        : `the subcommand is one of ${SUBCOMMANDS.join(', ')}.`,
  },
  file: { type: 'string', description: 'The attachment (its id)' },
  title: { type: 'string', description: 'Headline', maxLength: TITLE_MAX },
  outlet: { type: 'string', description: 'Outlet', maxLength: OUTLET_MAX },
  date: { type: 'string', description: 'Publication date', maxLength: DATE_MAX },
  url: { type: 'string', description: 'Link', maxLength: URL_MAX },
  article: {
    type: 'string',
    description: 'Article id',
    maxLength: MAX_CHOICE_VALUE,
    autocomplete: true,
  },
} satisfies OptionSpecs;
type Options = OptionsOf<typeof options>;

/** True when the invoker's permissions, as the interaction states them, include Manage Server. */
export function mayManage(permissions: bigint | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  return (permissions & (MANAGE | ADMINISTRATOR)) !== 0n;
}

const code = (text: string) => `\`${text.replace(/`/g, 'ˋ')}\``;

function done(verb: string, outcome: ChangeOutcome): ReplyPayload {
  const what = `${verb} “${escapeMarkdown(truncate(outcome.title, 200))}” (id ${code(outcome.id)}, file ${code(outcome.file)}).`;
  const now = outcome.info
    ? `${verb === 'Added' ? 'It can be quoted now.' : 'It is no longer quoted or listed.'} ${describeIndex(outcome.info)}`
    : 'The index is still being rebuilt; `/corpus status` shows when it is done.';
  return hiddenNotice(`${what}\n${now}`);
}

async function add(ctx: CommandContext, o: Options): Promise<ReplyPayload> {
  const admin = ctx.services!.corpus!;
  const ref = o.file === undefined ? undefined : ctx.attachments?.[o.file];
  const fetchAttachment = ctx.services?.fetchAttachment;
  if (!ref || !fetchAttachment)
    return hiddenNotice('The attached file did not arrive with the command; attach it again.');
  let bytes: Uint8Array;
  try {
    bytes = await fetchAttachment(ref, MAX_ARTICLE_BYTES);
  } catch (error) {
    if (error instanceof AttachmentError) return hiddenNotice(`Not added: ${error.message}`);
    throw error;
  }
  const outcome = await admin.add(
    {
      filename: ref.filename,
      bytes,
      title: o.title,
      outlet: o.outlet,
      published: o.date,
      url: o.url,
    },
    { id: ctx.userId, name: ctx.userName },
  );
  return done('Added', outcome);
}

function list(ctx: CommandContext): ReplyPayload {
  const sources = ctx.engine.sources();
  const lines: string[] = [];
  let length = 0;
  for (const source of sources) {
    const line = `${code(source.id)} · ${source.file ? code(source.file) : 'no file'} · ${escapeMarkdown(truncate(source.title, 80))}`;
    if (length + line.length + 1 > MAX_EMBED_DESCRIPTION - 100) break;
    lines.push(line);
    length += line.length + 1;
  }
  const more = sources.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more: \`npm run sources\` on the server lists them all.`);
  return reply(
    {
      embeds: [
        {
          title: `Corpus: ${counted(sources.length, 'article')}`,
          description: lines.join('\n') || 'The corpus has no articles.',
          color: COLOR_LIST,
          footer: { text: describeIndex(ctx.engine.info()) },
        },
      ],
    },
    { ephemeral: true },
  );
}

function status(ctx: CommandContext): ReplyPayload {
  const s = ctx.services!.corpus!.status();
  const state = {
    idle: 'Up to date with the folder.',
    waiting: 'Changes seen; a rebuild starts in a moment.',
    building: 'Rebuilding the index; questions are answered from the current one meanwhile.',
  }[s.state];
  const lines = [
    describeIndex(s.info),
    state,
    s.watching
      ? 'The corpus folder is watched: changes to it are picked up by themselves.'
      : 'The corpus folder is not watched: changes are picked up only through /corpus.',
  ];
  if (s.lastError)
    lines.push(
      `Last rebuild failed at ${formatBuiltAt(s.lastError.at)}, so the index above is still in use: ${escapeMarkdown(truncate(s.lastError.message, 1_000))}`,
    );
  return hiddenNotice(lines.join('\n'));
}

const command: SlashCommand<typeof options> = {
  kind: 'slash',
  key: 'corpus',
  data,
  options,
  ephemeral: true,
  needs: 'corpus',
  async run(ctx, o) {
    const admin = ctx.services?.corpus;
    if (!admin) return hiddenNotice(NOT_MANAGED);
    if (!mayManage(ctx.memberPermissions)) return hiddenNotice(NOT_ALLOWED);
    const actor = { id: ctx.userId, name: ctx.userName };
    try {
      switch (o.subcommand as Subcommand) {
        case 'add':
          return await add(ctx, o);
        case 'remove':
          if (!o.article) return hiddenNotice('/corpus remove needs article, e.g. article:…');
          return done('Removed', await admin.remove(o.article.trim(), actor));
        case 'list':
          return list(ctx);
        case 'status':
          return status(ctx);
      }
    } catch (error) {
      if (error instanceof CorpusChangeError)
        return hiddenNotice(`Nothing changed: ${error.message}`);
      throw error;
    }
    return hiddenNotice(`/corpus: the subcommand is one of ${SUBCOMMANDS.join(', ')}.`);
  },
  autocomplete(ctx, focused) {
    // Discord offers the command only to members with Manage Server; the ids are public in /sources.
    if (focused.name !== 'article') return [];
    return sourceChoices(ctx.engine, focused.value);
  },
};

export default command;
