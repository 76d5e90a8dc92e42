import { describe, expect, it } from 'vitest';
import { isPersonalMailbox } from '../../src/corpus/personal-mailbox.js';

describe('a personal mailbox', () => {
  it("spells the display name as a person's mailbox does", () => {
    expect(isPersonalMailbox('Emily Post', 'emily.post@mail.example')).toBe(true);
    expect(isPersonalMailbox('Emily Post', 'Emily_Post2@mail.example')).toBe(true);
    expect(isPersonalMailbox('Emily J. Post', 'emily.j.post@mail.example')).toBe(true);
    expect(isPersonalMailbox('Emily Post', 'e.post@mail.example')).toBe(true);
    expect(isPersonalMailbox('Emily Post', 'emily@mail.example')).toBe(true);
  });

  it("is not a publication's: a function's mailbox, or the name spelled whole", () => {
    expect(isPersonalMailbox('Kestrel Post', 'news@kestrelpost.example')).toBe(false);
    expect(isPersonalMailbox('Kestrel Post', 'kestrelpost@mail.example')).toBe(false);
    expect(isPersonalMailbox('Kestrel', 'kestrel@mail.example')).toBe(false);
  });
});
