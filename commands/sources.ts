/** /sources: every article the bot quotes from, with outlet, date, title, author, link and passage count. */
import { defineCommand } from '../src/framework/command.js';
import { encodeButtonId } from '../src/framework/custom-id.js';
import type { PageControls } from '../src/framework/render/pager.js';
import { renderSources } from '../src/framework/render/sources.js';

// A page button renders the list as it is when pressed (it changes only when the corpus is
// reloaded), so the buttons need no stored state.
const STATELESS_KEY = 'all';

/** The Previous / Next buttons of the list, for the user who asked. */
function pageControls(owner: string): PageControls {
  return {
    page: (page) =>
      encodeButtonId({ command: 'sources', action: 'page', owner, key: STATELESS_KEY, arg: page }),
  };
}

export default defineCommand({
  name: 'sources',
  description: 'List the articles the bot quotes from.',
  options: {},
  run(ctx) {
    return renderSources(ctx.engine.sources(), 0, pageControls(ctx.userId), ctx.engine.info());
  },
  press(ctx, id) {
    if (id.key !== STATELESS_KEY) return null;
    const payload = renderSources(
      ctx.engine.sources(),
      id.arg,
      pageControls(ctx.userId),
      ctx.engine.info(),
    );
    return { kind: 'update', payload };
  },
});
