/** Every reply of every command, fed the longest and most hostile data, stays within Discord's limits. */
import { describe, expect, it } from 'vitest';
import { checkPayloadLimits } from '../../src/framework/check-limits.js';
import { loadCommands } from '../../src/framework/commands.js';
import type { ReplyPayload } from '../../src/framework/payload.js';
import { CommandRouter } from '../../src/framework/router.js';
import { hostileEngine } from '../support/fake-engine.js';

const USER = '123456789012345678';

async function hostileReplies(): Promise<Array<[string, ReplyPayload]>> {
  const router = new CommandRouter(await loadCommands(), hostileEngine(), {
    feedback: { record: () => undefined },
  });
  const out: Array<[string, ReplyPayload]> = [];
  // Two presses deep: an answer → "Report a passage" → a verdict; "Share" → the shared copy's buttons.
  const visit = (label: string, payload: ReplyPayload, depth = 0) => {
    out.push([label, payload]);
    if (depth > 1) return;
    for (const b of payload.components?.flatMap((r) => r.components) ?? []) {
      if (b.disabled || (depth > 0 && /Next|Previous|Full/.test(b.label))) continue;
      const result = router.press(b.custom_id, USER);
      if (result.kind !== 'delete') visit(`${label} → ${b.label}`, result.payload, depth + 1);
    }
  };
  for (const results of [1, 3, 5]) {
    visit(
      `ask results:${results}`,
      router.run('ask', { question: 'x'.repeat(299), results, mention: USER }, USER),
    );
    visit(
      `ask abstain results:${results}`,
      router.run('ask', { question: 'abstain @everyone **x**', results }, USER),
    );
  }
  for (const hide of [true, false])
    visit(
      `ask hide:${hide}`,
      router.run('ask', { question: 'x'.repeat(299), results: 5, hide }, USER),
    );
  visit(
    'find in coverage',
    router.runOnMessage('Find in coverage', { id: '1', content: 'y'.repeat(4000) }, USER),
  );
  visit('sources', router.run('sources', {}, USER));
  visit('timeline', router.run('timeline', { keyword: '@everyone'.repeat(10) }, USER));
  visit('help', router.run('help', {}, USER));
  return out;
}

describe('payload limits under hostile data', () => {
  it('keeps every reply and every page within every Discord limit', async () => {
    const replies = await hostileReplies();
    expect(replies.length).toBeGreaterThan(15);
    for (const [label, payload] of replies)
      expect({ label, problems: checkPayloadLimits(payload) }).toEqual({ label, problems: [] });
  });

  it('sets allowedMentions parse [] on every reply, allowing only the mentioned user', async () => {
    for (const [label, payload] of await hostileReplies()) {
      expect(payload.allowedMentions.parse, label).toEqual([]);
      const users = payload.allowedMentions.users;
      if (users) expect(users, label).toEqual([USER]);
    }
  });

  it('offers a "Full passage" button for cut quotes and never links a javascript: URL', async () => {
    const replies = await hostileReplies();
    const ask = replies.find(([label]) => label === 'ask results:3')![1];
    expect(ask.components!.flatMap((r) => r.components).map((b) => b.label)).toContain(
      'Full passage 1',
    );
    expect(JSON.stringify(replies)).not.toContain('javascript:');
  });
});
