import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/scenario/hash.js';

describe('hashText', () => {
  it('hashText is 32-bit FNV-1a as 8 hex digits', () => {
    // Reference values of FNV-1a 32 (offset basis 0x811c9dc5, prime 0x01000193).
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('foobar')).toBe('bf9cf968');
  });
  it('hashText changes with one character', () => {
    expect(hashText('[1,{"a":1}]')).not.toBe(hashText('[1,{"a":2}]'));
  });
});
