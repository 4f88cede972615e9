// Improvement plans (ПП РФ № 457, docs/domain.md §11) for synthetic assessments: one per published
// result, rows for the weakest criteria, worded like the shortcomings operators typically find.
import { hasValue } from '../../src/domain/scoring/index.ts';
import type { Assessment } from './country.ts';
import type { Random } from './random.ts';

/** Typical shortcoming → measure pairs per criterion of 344н-2018 (К with a Cyrillic letter). */
const typical: Record<string, [string, string][]> = {
  К1: [
    ['На официальном сайте организации отсутствует информация о материально-техническом обеспечении', 'Разместить на официальном сайте информацию о материально-техническом обеспечении'],
    ['Не обеспечена работа раздела «Часто задаваемые вопросы» на официальном сайте', 'Обеспечить работу раздела «Часто задаваемые вопросы» на официальном сайте'],
    ['Информация на информационных стендах в помещении организации неполная', 'Актуализировать информацию на информационных стендах в соответствии с требованиями'],
  ],
  К2: [
    ['В зоне ожидания отсутствует питьевая вода', 'Установить кулер с питьевой водой в зоне ожидания'],
    ['Недостаточная навигация внутри организации', 'Разместить навигационные указатели внутри организации'],
    ['Санитарно-гигиенические помещения требуют ремонта', 'Провести текущий ремонт санитарно-гигиенических помещений'],
  ],
  К3: [
    ['Отсутствуют поручни и расширенные дверные проёмы', 'Установить поручни, расширить дверные проёмы'],
    ['Нет сменных кресел-колясок', 'Приобрести сменное кресло-коляску'],
    ['Не обеспечено дублирование для инвалидов по слуху и зрению звуковой и зрительной информации', 'Обеспечить дублирование звуковой и зрительной информации'],
    ['Нет выделенных стоянок для автотранспортных средств инвалидов', 'Оборудовать стоянку для автотранспортных средств инвалидов'],
  ],
  К4: [
    ['Часть получателей услуг не удовлетворена вежливостью работников при дистанционном взаимодействии', 'Провести семинар для работников по этике общения с получателями услуг'],
  ],
  К5: [
    ['Часть получателей услуг не удовлетворена графиком работы организации', 'Рассмотреть изменение графика работы с учётом мнения получателей услуг'],
    ['Часть получателей услуг не готова рекомендовать организацию знакомым', 'Провести анализ обращений граждан и разработать меры по повышению удовлетворённости'],
  ],
};

// Positions only: a made-up full name could be a real person's.
const positions = ['Руководитель организации', 'Заместитель руководителя', 'Заместитель руководителя по административно-хозяйственной части'] as const;

const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function item(criterion: string, year: number, random: Random) {
  const [shortcoming, measure] = random.pick(typical[criterion]!);
  const due = { year: year + 1, month: random.pick([3, 6, 9, 12]) };
  const plannedDate = day(due.year, due.month, due.month === 6 || due.month === 9 ? 30 : 31);
  const permanent = random.chance(0.08);
  const progress = year < 2021 && random.chance(0.7)
    ? { progress: { done: `Мероприятие «${measure}» выполнено`, actualDate: day(due.year, random.int(1, due.month), random.int(1, 28)) } }
    : {};
  return {
    criterion, shortcoming, measure,
    ...(permanent ? { deadlineAsWritten: 'постоянно' } : { plannedDate, ...(random.chance(0.3) && { deadlineAsWritten: `до ${plannedDate.split('-').reverse().join('.')}` }) }),
    responsible: [{ position: random.pick(positions) }],
    ...(permanent ? {} : progress),
  };
}

/** The plan answering one published result (`resultId`, the results loader's row id). */
export function improvementPlan(a: Assessment, resultId: string, random: Random) {
  const weakest = a.scores.criteria
    .filter((c) => typical[c.id] !== undefined)
    .map((c) => ({ id: c.id, value: hasValue(c.score) ? c.score.value : 0 }))
    .sort((x, y) => x.value - y.value || x.id.localeCompare(y.id))
    .slice(0, random.int(1, 4));
  return {
    organization: a.org.id,
    result: resultId,
    title: `План по устранению недостатков, выявленных в ходе независимой оценки качества условий оказания услуг, на ${a.year + 1} год`,
    approvedBy: `Руководитель ${a.org.shortName ?? a.org.name}`,
    approvedOn: day(a.year, 12, random.int(1, 28)),
    synthetic: true,
    items: weakest.map((c) => item(c.id, a.year, random)),
  };
}
