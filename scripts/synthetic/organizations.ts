// Organization names as they appear in registers and published results:
// «МБОУ «Средняя общеобразовательная школа № 12»», «ГБУЗ «Каменская центральная районная больница»».
import type { Sphere } from '../../src/domain/schemas/index.ts';
import type { PlaceName } from './names.ts';
import { roots } from './names.ts';
import type { Random } from './random.ts';

export interface OrgName {
  /** Short latin kind for the id: «sosh», «crb». */
  kind: string;
  name: string;
  shortName?: string;
}

type Namer = (place: PlaceName, n: number, random: Random) => OrgName;

const village = (random: Random) => `с. ${random.pick(roots)}ское`;
const gardens = ['Солнышко', 'Ромашка', 'Колокольчик', 'Берёзка', 'Сказка', 'Радуга', 'Теремок', 'Журавушка'] as const;

/** Each sphere's kinds of institution with a weight: schools and kindergartens dominate education. */
const namers: Record<Sphere, [number, Namer][]> = {
  education: [
    [5, (_, n) => ({ kind: 'sosh', name: `МБОУ «Средняя общеобразовательная школа № ${n}»`, shortName: `МБОУ СОШ № ${n}` })],
    [1, (_, n) => ({ kind: 'oosh', name: `МБОУ «Основная общеобразовательная школа № ${n}»`, shortName: `МБОУ ООШ № ${n}` })],
    [1, (_, n) => ({ kind: 'gimnaziya', name: `МАОУ «Гимназия № ${n}»` })],
    [4, (_, n, r) => ({ kind: 'detskiy-sad', name: `МБДОУ «Детский сад № ${n} «${r.pick(gardens)}»»`, shortName: `МБДОУ д/с № ${n}` })],
    [1, (p, n) => ({ kind: 'ddt', name: `МБУ ДО «Дом детского творчества ${p.genitive}${n > 1 ? ` № ${n}` : ''}»` })],
  ],
  culture: [
    [4, (_, n, r) => ({ kind: 'sdk', name: `МБУК «Сельский Дом культуры ${r.pick(roots)}ского сельского поселения${n > 1 ? ` № ${n}` : ''}»` })],
    [3, (p, n) => ({ kind: 'biblioteka', name: n === 1 ? `МБУК «${p.root}ская межпоселенческая центральная библиотека»` : `МБУК «${p.root}ская сельская библиотека-филиал № ${n}»` })],
    [1, (p, n) => ({ kind: 'muzey', name: `МБУК «${p.root}ский краеведческий музей${n > 1 ? ` № ${n}` : ''}»` })],
    [1, (_, n) => ({ kind: 'dshi', name: `МБУ ДО «Детская школа искусств № ${n}»`, shortName: `ДШИ № ${n}` })],
    [1, (p, n) => ({ kind: 'kdc', name: `МБУК «${p.root}ский культурно-досуговый центр${n > 1 ? ` № ${n}` : ''}»`, shortName: `${p.root}ский КДЦ${n > 1 ? ` № ${n}` : ''}` })],
  ],
  health: [
    [2, (p, n) => ({ kind: 'crb', name: `ГБУЗ «${p.root}ская центральная районная больница${n > 1 ? ` № ${n}` : ''}»`, shortName: `${p.root}ская ЦРБ${n > 1 ? ` № ${n}` : ''}` })],
    [3, (_, n) => ({ kind: 'poliklinika', name: `ГБУЗ «Городская поликлиника № ${n}»` })],
    [1, (_, n) => ({ kind: 'stomatologiya', name: `ГАУЗ «Стоматологическая поликлиника № ${n}»` })],
    [1, (_, _n, r) => ({ kind: 'fap', name: `ГБУЗ «Фельдшерско-акушерский пункт ${village(r)}»` })],
  ],
  social: [
    [3, (p, n) => ({ kind: 'kcson', name: `ГБУ СО «Комплексный центр социального обслуживания населения ${p.genitive}${n > 1 ? ` № ${n}` : ''}»`, shortName: `КЦСОН${n > 1 ? ` № ${n}` : ''}` })],
    [1, (p, n) => ({ kind: 'dom-internat', name: `ГБСУ СО «${p.root}ский дом-интернат для престарелых и инвалидов${n > 1 ? ` № ${n}` : ''}»` })],
    [1, (p, n) => ({ kind: 'srcn', name: `ГКУ СО «Социально-реабилитационный центр для несовершеннолетних ${p.genitive}${n > 1 ? ` № ${n}` : ''}»` })],
  ],
};

/** Shares of the spheres among assessed organizations: education is by far the largest. */
export const sphereWeights: [number, Sphere][] = [[55, 'education'], [23, 'culture'], [12, 'health'], [10, 'social']];

export function weighted<T>(random: Random, options: readonly [number, T][]): T {
  const total = options.reduce((sum, [w]) => sum + w, 0);
  let x = random.next() * total;
  for (const [w, value] of options) if ((x -= w) < 0) return value;
  return options[options.length - 1]![1];
}

/** Names organizations of one municipality, numbering each kind from 1 as registers do. */
export function createOrgNamer(place: PlaceName) {
  const counters = new Map<Namer, number>();
  return (sphere: Sphere, random: Random): OrgName => {
    const namer = weighted(random, namers[sphere]);
    const n = (counters.get(namer) ?? 0) + 1;
    counters.set(namer, n);
    return namer(place, n, random);
  };
}
