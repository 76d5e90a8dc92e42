/**
 * One outlet under two names: a name and the same name with only a generic service word after it
 * ("News", "Online") are one outlet; any other added word names another one.
 */
import { describe, expect, it } from 'vitest';
import { outletGroupKey, outletGroupName, sameOutlet } from '../../src/corpus/outlet-names.js';

describe('sameOutlet', () => {
  it('joins a name and the same name with a service word, without "The" or a legal form', () => {
    expect(sameOutlet('Radio Northvale News', 'Radio Northvale')).toBe(true);
    expect(sameOutlet('BBC News', 'BBC')).toBe(true);
    expect(sameOutlet('Daily Mail Online', 'The Daily Mail')).toBe(true);
    expect(sameOutlet('Radio Tarn Ltd', 'Radio Tarn News')).toBe(true);
    expect(outletGroupKey('Radio Northvale News Online')).toBe('radio northvale');
  });

  it('keeps apart names that add any other word, and leaves a service word alone as it is', () => {
    expect(sameOutlet('The Times', 'The Times of India')).toBe(false);
    expect(sameOutlet('Kellan Evening Post', 'Kellan Evening')).toBe(false);
    expect(sameOutlet('Radio Northvale News', 'Northvale News')).toBe(false);
    expect(sameOutlet('Northvale Gazette', 'Northvale')).toBe(false);
    expect(outletGroupKey('News')).toBe('news');
  });

  it("joins a broadcaster's call letters and its news service named with its channel", () => {
    expect(sameOutlet('KVCT 9 News', 'KVCT')).toBe(true);
    expect(sameOutlet('KVCT 9 News', 'KVCT 9')).toBe(true);
    // A name that is no call letters keeps its number: Channel 4 is not Channel 5.
    expect(sameOutlet('Channel 4 News', 'Channel 5 News')).toBe(false);
    expect(sameOutlet('KVCT 9', 'KVCT')).toBe(true);
    expect(sameOutlet('KVCT 9 News', 'KVBT 9 News')).toBe(false);
  });

  it('calls a set of names by the shortest', () => {
    expect(outletGroupName(['Radio Northvale News', 'Radio Northvale'])).toBe('Radio Northvale');
    expect(outletGroupName([])).toBeNull();
  });
});
