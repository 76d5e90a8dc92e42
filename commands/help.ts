/** /help: what the bot does and does not do, and its commands. */
import { MAX_RESULTS } from '../src/engine/index.js';
import { defineCommand } from '../src/framework/command.js';
import { reply } from '../src/framework/payload.js';
import { COLOR_LIST, footer } from '../src/framework/render/common.js';

const DESCRIPTION = [
  'I answer questions about a fixed set of news articles by **quoting them verbatim**, each quote with its outlet, title and date, and a link when there is one.',
  'I never write claims of my own, summarise, or guess. When no passage clearly answers a question I say so, and show the closest passages clearly marked as not an answer; when nothing in the articles is about it, I say that.',
].join('\n\n');

const COMMANDS = [
  {
    name: '/ask question [source] [results] [hide] [mention]',
    value: `Quotes that answer the question. \`source\` limits it to one article (its id, or a word or the start of its title) or to one outlet's articles, \`results\` sets passages per page (1–${MAX_RESULTS}), \`hide\` shows the answer only to you, \`mention\` points it at someone.`,
  },
  {
    name: 'Find in coverage (right-click a message > Apps)',
    value: 'The passages that bear on that message, shown only to you.',
  },
  {
    name: 'Buttons on an answer',
    value:
      '**Share to channel** posts a hidden answer for everyone; **Delete** removes a public answer (only for whoever asked); **Report a passage** marks one that does not answer or names the wrong source.',
  },
  {
    name: '/sources',
    value: 'Every article I quote from, with outlet, date, title, author, link and id.',
  },
  {
    name: '/timeline [from] [to] [source] [keyword]',
    value: 'Dated events with their quotes, ten a page. Dates like 2020, 2020-11 or 2020-11-19.',
  },
  { name: '/help', value: 'This message.' },
];

/** Listed only where this process manages its corpus folder (not in the local console). */
const CORPUS_COMMAND = {
  name: '/corpus add|remove|list|status',
  value:
    'For members with Manage Server: add an article from an attached file, remove one, list them, or see when the index was built.',
};

export default defineCommand({
  name: 'help',
  description: 'What this bot does, what it does not do, and its commands.',
  options: {},
  run(ctx) {
    const fields = ctx.services?.corpus
      ? [...COMMANDS.slice(0, -1), CORPUS_COMMAND, ...COMMANDS.slice(-1)]
      : COMMANDS;
    return reply(
      {
        embeds: [
          {
            title: 'About this bot',
            description: DESCRIPTION,
            color: COLOR_LIST,
            fields,
            footer: footer(),
          },
        ],
      },
      { ephemeral: true },
    );
  },
});
