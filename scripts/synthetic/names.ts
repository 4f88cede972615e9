// Russian place and organization names composed from realistic parts. The roots are common
// Russian toponym roots; the composed places are fictional (a banner on every page says so).
import type { Random } from './random.ts';

/** Adjective roots: root + «ский» is the place adjective, root + «ск» the town («Камен» → «Каменский», «Каменск»). */
export const roots = [
  'Берёзов', 'Соснов', 'Камен', 'Озёр', 'Светлогор', 'Заречен', 'Лугов', 'Нагор', 'Подгор', 'Приволж',
  'Примор', 'Север', 'Вишнёв', 'Дубров', 'Ольхов', 'Кленов', 'Рябинов', 'Тополин', 'Калинов', 'Липов',
  'Осинов', 'Иванов', 'Петров', 'Николь', 'Успен', 'Покров', 'Воскресен', 'Богород', 'Спас', 'Михайлов',
  'Александров', 'Андреев', 'Васильев', 'Дмитриев', 'Егорьев', 'Знамен', 'Белогор', 'Черноречен', 'Малинов', 'Звенигород',
  'Новосёлов', 'Старосель', 'Быстроречен', 'Глубоков', 'Ключев', 'Родников', 'Холмогор', 'Ясногор', 'Медвежьегор', 'Соколов',
  'Орлов', 'Лебедян', 'Журавлёв', 'Гусев', 'Бобров', 'Волчан', 'Кедров', 'Пихтов', 'Елов', 'Черёмухов',
  'Полев', 'Степнов', 'Ковылин', 'Ржев', 'Просян', 'Овсян', 'Гречишин', 'Льнян', 'Медов', 'Серебрян',
  'Медногор', 'Железногор', 'Оловян', 'Кремнёв', 'Гранитов', 'Мраморов', 'Песчан', 'Глин', 'Краснояр', 'Новоозёр',
  'Верхнелугов', 'Нижнесоснов', 'Большекамен', 'Малоберёзов', 'Красногор', 'Белоозёр', 'Чернолес', 'Краснослобод', 'Новоникол', 'Старооскол',
] as const;

export type RegionForm = 'oblast' | 'kray' | 'okrug';
export type MunicipalityForm = 'rayon' | 'munRayon' | 'munOkrug' | 'gorOkrug' | 'gorod';

const regionForms: readonly RegionForm[] = ['oblast', 'oblast', 'oblast', 'oblast', 'kray', 'okrug'];
const municipalityForms: readonly MunicipalityForm[] = ['rayon', 'rayon', 'rayon', 'munRayon', 'munOkrug', 'gorOkrug', 'gorod'];

export interface PlaceName {
  root: string;
  name: string;
  /** «…ского района», for «Центр социального обслуживания населения …». */
  genitive: string;
}

export function regionName(random: Random): PlaceName {
  const root = random.pick(roots);
  const form = random.pick(regionForms);
  if (form === 'kray') return { root, name: `${root}ский край`, genitive: `${root}ского края` };
  if (form === 'okrug') return { root, name: `${root}ский автономный округ`, genitive: `${root}ского автономного округа` };
  return { root, name: `${root}ская область`, genitive: `${root}ской области` };
}

export function municipalityName(random: Random): PlaceName {
  const root = random.pick(roots);
  switch (random.pick(municipalityForms)) {
    case 'rayon': return { root, name: `${root}ский район`, genitive: `${root}ского района` };
    case 'munRayon': return { root, name: `${root}ский муниципальный район`, genitive: `${root}ского муниципального района` };
    case 'munOkrug': return { root, name: `${root}ский муниципальный округ`, genitive: `${root}ского муниципального округа` };
    case 'gorOkrug': return { root, name: `${root}ский городской округ`, genitive: `${root}ского городского округа` };
    case 'gorod': return { root, name: `город ${root}ск`, genitive: `города ${root}ска` };
  }
}

const latin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/** A content id from a Russian name, transliterated as the real ids are: «Каменский район» → «kamenskiy-rayon». */
export function slug(name: string): string {
  const translit = [...name.toLowerCase()].map((c) => latin[c] ?? c).join('');
  return translit.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Keeps ids unique by numbering repeats: «kamenskiy-rayon», «kamenskiy-rayon-2». */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
