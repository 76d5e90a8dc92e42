/** /ask and /timeline with `source:` naming an outlet: all of its articles, through the console. */
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../src/console/console.js';
import { loadCommands } from '../../src/framework/commands.js';
import { silentLogger } from '../../src/log.js';
import { fixedEngine, source } from '../support/fake-engine.js';

const commands = await loadCommands();
const summary = (id: string, outlet: string | null, title: string) => ({
  ...source(id, { outlet, title }),
  passages: 2,
});

describe('source: naming an outlet', () => {
  const engine = fixedEngine({
    sources: [
      summary('t1', 'Riverbend Times', 'Bridge shuts as repair begins'),
      summary('t2', 'Riverbend Times', 'Repair bill climbs'),
      summary('c1', 'Velmora Courier', 'Bridge reopens'),
      summary('times-digest', null, 'Weekly digest'),
    ],
  });
  const session = new ConsoleSession({ engine, commands, logger: silentLogger });

  it('asks all of its articles, and a refusal names the outlet', async () => {
    const reply = (await session.handle('/ask when did it shut? source:Riverbend'))!;
    expect(engine.calls.at(-1)).toEqual({
      ask: 'when did it shut?',
      options: { limit: 5, sources: ['t1', 't2'] },
    });
    expect(reply).toContain('the articles of Riverbend Times');
  });

  it('browses the timeline of all of its articles, headed with the outlet as /ask names it', async () => {
    const reply = (await session.handle('/timeline source:"Riverbend Times"'))!;
    expect(engine.calls.at(-1)).toMatchObject({ timeline: { sources: ['t1', 't2'] } });
    expect(reply).toContain('== Timeline: the articles of Riverbend Times ==');
  });

  it("heads one article's timeline with its title, as /sources shows it, not its id", async () => {
    for (const typed of ['c1', 'Velmora', 'reopens']) {
      const reply = (await session.handle(`/timeline source:${typed}`))!;
      expect(engine.calls.at(-1), typed).toMatchObject({ timeline: { source: 'c1' } });
      expect(reply, typed).toContain('== Timeline: the article “Bridge reopens” ==');
      expect(reply, typed).not.toContain('c1');
    }
  });

  it('still lists the choices when a word matches articles of several outlets', async () => {
    const reply = (await session.handle('/ask when? source:Bridge'))!;
    expect(reply).toMatch(/Source “Bridge” matches 2 articles\. Which one\?/);
  });
});

describe('source: naming an outlet stated under two names', () => {
  const engine = fixedEngine({
    sources: [
      summary('r1', 'Radio Northvale News', 'Council confirms attack'),
      summary('r2', 'Radio Northvale', 'Review finds door open'),
      summary('g1', 'Northvale Gazette', 'Hackers claim files'),
      summary('t1', 'The Times', 'Bridge shuts'),
      summary('t2', 'The Times of India', 'Monsoon arrives'),
    ],
  });
  const session = new ConsoleSession({ engine, commands, logger: silentLogger });

  it('asks the articles of both names, by either name, and names it by the shorter', async () => {
    for (const typed of ['"Radio Northvale"', '"Radio Northvale News"', 'Radio']) {
      const reply = (await session.handle(`/ask what happened? source:${typed}`))!;
      expect(engine.calls.at(-1), typed).toEqual({
        ask: 'what happened?',
        options: { limit: 5, sources: ['r1', 'r2'] },
      });
      expect(reply).toContain('the articles of Radio Northvale');
    }
  });

  it('keeps apart a name that adds more than a service word', async () => {
    await session.handle('/ask what happened? source:"The Times"');
    expect(engine.calls.at(-1)).toEqual({
      ask: 'what happened?',
      options: { limit: 5, source: 't1' },
    });
  });
});
