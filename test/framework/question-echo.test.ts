/** A question is echoed in a public reply as text: no markdown, no ping, no link preview. */
import { expect, it } from 'vitest';
import { loadCommands } from '../../src/framework/commands.js';
import { CommandRouter } from '../../src/framework/router.js';
import { escapeMarkdown } from '../../src/framework/text.js';
import { fixedEngine } from '../support/fake-engine.js';

it('wraps a raw URL in <>, so Discord links it without a preview, and escapes the rest', () => {
  expect(escapeMarkdown('see https://evil.example/a_b?x=1 *now*')).toBe(
    'see <https://evil.example/a_b?x=1> \\*now\\*',
  );
  expect(escapeMarkdown('<https://a.example> and http://b.example/<@1>')).toBe(
    '\\<<https://a.example>\\> and <http://b.example/>\\<@1\\>',
  );
});

it('echoes a question holding a URL in the public reply without a bare link', async () => {
  const router = new CommandRouter(await loadCommands(), fixedEngine({}));
  const payload = router.run('ask', { question: 'Is https://evil.example/x true?' }, '1');
  expect(payload.flags ?? 0).toBe(0);
  expect(payload.content).toContain('<https://evil.example/x>');
  expect(payload.content).not.toMatch(/(^|[^<])https:\/\/evil/);
});

it('leaves the punctuation after an address, and a masked link\'s ")", outside the link', () => {
  expect(escapeMarkdown('[the petition](https://example.com/x) was it signed?')).toBe(
    '\\[the petition\\]\\(<https://example.com/x>\\) was it signed?',
  );
  expect(escapeMarkdown('(see https://example.com/a), then https://example.com/b.')).toBe(
    '\\(see <https://example.com/a>\\), then <https://example.com/b>.',
  );
  // A parenthesis opened inside the address is its own.
  expect(escapeMarkdown('https://en.example.org/wiki/Pier_(Wexmoor)')).toBe(
    '<https://en.example.org/wiki/Pier_(Wexmoor)>',
  );
});
