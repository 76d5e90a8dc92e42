import { describe, expect, it } from 'vitest';
import { sourcesCommand } from '../../src/cli/sources.js';
import { flagsNpmTook } from '../../src/cli/npm-flags.js';
import { runCommand } from '../support/cli-io.js';

describe('flags npm took for itself (no lone -- before them)', () => {
  it('names only the flags of the usage that npm set as npm_config_*, in the usage order', () => {
    const usage = 'usage: npm run -s timeline -- [--json] [--from DATE] [--keyword WORD]';
    expect(
      flagsNpmTook(usage, {
        npm_config_keyword: 'true',
        npm_config_json: 'true',
        npm_config_registry: 'x',
      }),
    ).toEqual(['--json', '--keyword']);
    expect(flagsNpmTook(usage, { npm_config_cache: '/tmp' })).toEqual([]);
  });

  it('a usage error says which flags npm took and where they go', async () => {
    // What `npm run -s sources --json --corpus DIR` hands the command: DIR alone, and two npm settings.
    const run = await runCommand(sourcesCommand, ['/tmp/somewhere'], {
      env: { npm_config_json: 'true', npm_config_corpus: 'true' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "npm took --json, --corpus itself: a command's flags go after a lone --, as in npm run -s sources -- --json",
    );
  });

  it('says nothing of npm when npm took no flag', async () => {
    const run = await runCommand(sourcesCommand, ['/tmp/somewhere'], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('npm took');
  });
});
