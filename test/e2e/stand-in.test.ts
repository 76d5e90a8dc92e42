/** The stand-in itself enforces Discord's rules, so a passing e2e suite means something. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: 'stand-in-self-test' });
  fake.commands = [{ name: 'help' }];
});
afterAll(async () => fake.close());

const callback = (id: string, token: string, body: unknown) =>
  fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it('rejects a reply over the limits with 400 and code 50035, then a second callback with 40060', async () => {
  const id = fake.slash('help');
  const token = fake.tokenOf(id);
  const tooLong = await callback(id, token, { type: 4, data: { content: 'x'.repeat(2001) } });
  expect(tooLong.status).toBe(400);
  expect(await tooLong.json()).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
  expect(fake.rejected).toEqual([
    {
      path: `/api/v10/interactions/${id}/${token}/callback`,
      problems: ['content: 2001 characters, limit 2000'],
    },
  ]);
  expect((await callback(id, token, { type: 4, data: { content: 'ok' } })).status).toBe(204);
  const again = await callback(id, token, { type: 4, data: { content: 'ok' } });
  expect(await again.json()).toMatchObject({ code: 40060 });
});

it('answers unknown routes 404 and records them, and refuses REST calls without the bot token', async () => {
  expect(
    (
      await fetch(`${fake.apiUrl}/v10/users/@me`, {
        headers: { authorization: 'Bot stand-in-self-test' },
      })
    ).status,
  ).toBe(404);
  expect(fake.unknownRoutes).toEqual(['GET /users/@me']);
  expect((await fetch(`${fake.apiUrl}/v10/gateway/bot`)).status).toBe(401);
});
