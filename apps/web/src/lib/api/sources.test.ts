import { describe, expect, it } from 'vitest';
import { withSources } from './sources';

const program = {
  sources: [
    {
      id: '7',
      origin: 'DOCUMENT',
      section: '成果指標',
      rawText: '目標 370',
      document: { id: '1' },
    },
    { id: '8', origin: 'EDITORIAL', section: null, rawText: null, note: 'read as', document: null },
  ],
  documents: [{ id: '1', title: '事務事業評価シート', titleEn: 'Evaluation sheet' }],
};

describe('an answer whose values name their source by id', () => {
  it('reads as if each value carried its source, the same source shared by many values', () => {
    const answer = {
      kpis: [
        {
          values: [
            { target: { value: 370, source: { id: '7' } }, actual: { value: 254, source: null } },
          ],
        },
      ],
      narratives: [{ text: '…', source: { id: '7' } }],
      grade: { value: 'B', source: { id: '8' } },
      history: [{ at: '2026-12-01', source: 'IMPORT' }],
    };
    const read = withSources(answer, [program]);
    const cited = {
      origin: 'DOCUMENT',
      section: '成果指標',
      rawText: '目標 370',
      document: { title: '事務事業評価シート', titleEn: 'Evaluation sheet' },
    };
    expect(read.kpis[0]!.values[0]!.target).toEqual({ value: 370, source: cited });
    expect(read.kpis[0]!.values[0]!.actual.source).toBe(null);
    expect(read.narratives[0]!.source).toEqual(cited);
    expect(read.grade.source).toEqual({
      origin: 'EDITORIAL',
      section: null,
      rawText: null,
      note: 'read as',
      document: null,
    });
    expect(read.history[0]!.source).toBe('IMPORT');
    // The answer itself is left as it came.
    expect(answer.narratives[0]!.source).toEqual({ id: '7' });
  });

  it('looks sources up across the programs of a comparison', () => {
    const other = {
      sources: [{ id: '9', origin: 'EXTERNAL', section: null, rawText: null, document: null }],
      documents: [],
    };
    const read = withSources([{ source: { id: '7' } }, { source: { id: '9' } }], [program, other]);
    expect(read.map((value) => value.source?.origin)).toEqual(['DOCUMENT', 'EXTERNAL']);
  });

  it('refuses a value whose source is not in the answer, rather than drop its citation', () => {
    expect(() => withSources({ source: { id: '99' } }, [program])).toThrow(
      'source 99 is cited but not among its program’s sources',
    );
    const withoutDocument = { ...program, documents: [] };
    expect(() => withSources({}, [withoutDocument])).toThrow(
      'source 7 cites document 1, which the answer lacks',
    );
  });
});
