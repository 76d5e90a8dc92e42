import { describe, expect, it } from 'vitest';
import { checkChoiceLimits, checkPayloadLimits } from '../../src/framework/check-limits.js';

const button = (id: string, label = 'ok') => ({ type: 2, style: 1, label, custom_id: id });

describe('checkPayloadLimits', () => {
  it('accepts a reply at exactly the limits', () => {
    expect(
      checkPayloadLimits({
        content: 'x'.repeat(2000),
        embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4096) }],
      }),
    ).toEqual([]);
  });
  it('names each limit a reply breaks', () => {
    const problems = checkPayloadLimits({
      content: 'x'.repeat(2001),
      embeds: [
        {
          title: 't'.repeat(257),
          fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })),
        },
        { fields: [{ name: '', value: 'v'.repeat(1025) }], footer: { text: 'f'.repeat(2049) } },
      ],
    });
    expect(problems).toEqual([
      'content: 2001 characters, limit 2000',
      'embeds[0].title: 257 characters, limit 256',
      'embeds[0].fields: 26 fields, limit 25',
      'embeds[1].footer.text: 2049 characters, limit 2048',
      'embeds[1].fields[0].name: empty',
      'embeds[1].fields[0].value: 1025 characters, limit 1024',
    ]);
  });
  it('counts the 6,000 characters across all embeds', () => {
    const embeds = [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }];
    expect(checkPayloadLimits({ embeds })).toEqual(['embeds: 6001 characters in all, limit 6000']);
  });
  it('checks rows, buttons, labels and custom_ids', () => {
    const row = (n: number, prefix: string) => ({
      type: 1,
      components: Array.from({ length: n }, (_, i) => button(`${prefix}${i}`)),
    });
    expect(
      checkPayloadLimits({
        components: [row(6, 'a'), row(1, 'b'), row(1, 'c'), row(1, 'd'), row(1, 'e'), row(1, 'f')],
      }),
    ).toEqual(['components: 6 rows, limit 5', 'components[0]: 6 buttons, limit 5']);
    expect(
      checkPayloadLimits({
        components: [
          {
            type: 1,
            components: [button('x'.repeat(101), 'l'.repeat(81)), button('x'.repeat(101))],
          },
        ],
      }),
    ).toEqual([
      'components[0].components[0].label: 81 characters, limit 80',
      'components[0].components[0].custom_id: 101 characters, limit 100',
      'components[0].components[1].custom_id: 101 characters, limit 100',
      `components[0].components[1].custom_id: "${'x'.repeat(101)}" is not unique in the message`,
    ]);
  });
});

describe('checkChoiceLimits', () => {
  it('allows 25 choices of up to 100 characters and no more', () => {
    const ok = Array.from({ length: 25 }, (_, i) => ({ name: 'n'.repeat(100), value: `${i}` }));
    expect(checkChoiceLimits(ok)).toEqual([]);
    expect(checkChoiceLimits([...ok, { name: 'n'.repeat(101), value: 'v'.repeat(101) }])).toEqual([
      'choices: 26, limit 25',
      'choices[25].name: 101 characters, limit 100',
      'choices[25].value: 101 characters, limit 100',
    ]);
  });
});

describe('checkPayloadLimits on malformed embeds', () => {
  it('reports each malformed part instead of throwing, and still counts the rest', () => {
    expect(
      checkPayloadLimits({
        embeds: [{ title: 't'.repeat(3000), footer: 'not an object', fields: { name: 'x' } }],
        components: [],
      }),
    ).toEqual(['embeds[0].title: 3000 characters, limit 256', 'embeds[0].fields: not an array']);
    expect(
      checkPayloadLimits({
        embeds: [
          { description: 'd'.repeat(4000), footer: { text: 'f'.repeat(1500) } },
          { description: 'd'.repeat(600) },
        ],
      }),
    ).toEqual(['embeds: 6100 characters in all, limit 6000']);
  });
});
