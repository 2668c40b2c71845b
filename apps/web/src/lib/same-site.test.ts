import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site';

describe('sameSitePath', () => {
  it('keeps a path of this site and turns anything else into the home page', () => {
    expect(sameSitePath('/programs/2?lang=en')).toBe('/programs/2?lang=en');
    for (const other of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ])
      expect(sameSitePath(other)).toBe('/');
  });
});
