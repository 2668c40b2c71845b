import { describe, expect, it } from 'vitest';
import { badParameter } from './search-params';

const bad = (url: string) => {
  const parsed = new URL(url, 'http://localhost');
  return badParameter(parsed.pathname, parsed.searchParams)?.name ?? null;
};

describe('badParameter', () => {
  it('names the parameter a page cannot use', () => {
    expect(bad('/?municipality=abc')).toBe('municipality');
    expect(bad('/?after=ga%20rbage')).toBe('after');
    expect(bad('/rankings?offset=99999999999')).toBe('offset');
    expect(bad('/rankings?highlight=abc')).toBe('highlight');
    expect(bad('/compare?ids=1,x')).toBe('ids');
    expect(bad('/compare?from=20')).toBe('from');
    expect(bad('/programs/1?lang=fr')).toBe('lang');
  });

  it('lets through what the pages send, empty choices and parameters a page does not read', () => {
    expect(bad('/?municipality=14214&pref=14&year=2021&sort=LATEST_COST&area=&q=伊勢原')).toBe(
      null,
    );
    expect(bad('/rankings?metric=ACHIEVEMENT&highlight=2&peers=population&offset=20')).toBe(null);
    expect(bad('/compare?ids=1&ids=2&from=&to=2023&lang=en')).toBe(null);
    expect(bad('/?utm_source=x')).toBe(null);
  });
});
