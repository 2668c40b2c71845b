import { describe, expect, it } from 'vitest';
import { similarLines } from './similar';

const FOUND = [
  {
    program: {
      id: '179',
      name: '移住・定住促進事業',
      nameEn: null,
      municipality: { name: '大船渡市', nameEn: 'Ofunato' },
    },
    sharedTerms: ['移住定住', '人口減少', '体験'],
  },
];

describe('similarLines', () => {
  it('links the program and its comparison with this one, and gives the shared words', () => {
    expect(similarLines('ja', '152', FOUND)).toEqual([
      {
        href: '/programs/179',
        name: '移住・定住促進事業',
        nameLang: 'ja',
        municipality: '大船渡市',
        sharedWords: '移住定住、人口減少、体験',
        compareHref: '/compare?ids=152&ids=179',
      },
    ]);
  });

  it('keeps the language in every link and names the city in English, the words as the source has them', () => {
    expect(similarLines('en', '152', FOUND)[0]).toEqual({
      href: '/programs/179?lang=en',
      name: '移住・定住促進事業',
      nameLang: 'ja',
      municipality: 'Ofunato',
      sharedWords: '移住定住, 人口減少, 体験',
      compareHref: '/compare?ids=152&ids=179&lang=en',
    });
  });
});
