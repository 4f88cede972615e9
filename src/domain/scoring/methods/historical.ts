import { publishedOnlyMethodSchema } from '../methodSchema.ts';

/*
 * Methods used before 2018. Their formulas are not known well enough to compute, so the portal can
 * only show scores as published. Only what has been seen is stored; unknowns are null.
 */

export const preMethodCulture160 = publishedOnlyMethodSchema.parse({
  id: 'pre-2018-culture-160',
  kind: 'publishedOnly',
  title:
    'Независимая оценка качества оказания услуг организациями культуры (до 2018 года, до 160 баллов)',
  shortTitle: 'культура, до 2018 года, до 160 баллов',
  act: {
    reference:
      'Методические рекомендации порядка расчёта значений показателей, характеризующих общие критерии оценки качества оказания услуг организациями культуры (утв. Минкультуры России, к приказу № 2542)',
    certainty: 'practice',
    url: 'http://www.consultant.ru/document/cons_doc_LAW_279776/',
  },
  maxTotal: 160,
  totalRule: 'Итог в баллах от 0 до 160',
  certainty: {
    level: 'practice',
    note: 'Максимум 160 баллов — по копии методических рекомендаций и по опубликованным итогам Абинского района (2017). Критерии и их максимумы не установлены; дата приказа № 2542 не сверена.',
  },
  facts: [
    {
      text: 'Минимальное значение — 0 баллов, максимальное — 160 баллов',
      certainty: 'practice',
      source: 'http://www.consultant.ru/document/cons_doc_LAW_279776/',
    },
    {
      text: 'Рекомендации изданы в целях реализации приказа Минкультуры России № 2542',
      certainty: 'check',
    },
  ],
  criteria: [],
});

export const preMethodEducation160 = publishedOnlyMethodSchema.parse({
  id: 'pre-2018-education-160',
  kind: 'publishedOnly',
  title: 'Независимая оценка качества образовательной деятельности (до 2018 года, до 160 баллов)',
  shortTitle: 'образование, до 2018 года, до 160 баллов',
  act: null,
  maxTotal: 160,
  totalRule: 'Итог — сумма четырёх критериев (40 + 70 + 20 + 30 = 160 баллов)',
  certainty: {
    level: 'practice',
    note: 'Известно по одной опубликованной таблице школы (2015): максимумы критериев 40/70/20/30, итог равен их сумме (36,13 + 34,58 + 18,89 + 22,23 = 111,83). Нормативный акт не установлен; названия критериев — по общим критериям закона, сверить.',
  },
  facts: [
    {
      text: 'Максимумы критериев 40, 70, 20 и 30 баллов, всего 160',
      certainty: 'practice',
      source:
        'http://berduginschool.uoirbitmo.ru/kachestvo_obrazovaniya/rezultatyi__nezavisimoy_otsenki_kachestva_okazaniya_uslug_/',
    },
    { text: 'Итог равен сумме критериев', certainty: 'practice' },
    { text: 'Доступность для инвалидов отдельным критерием не оценивалась', certainty: 'check' },
  ],
  criteria: [
    {
      id: 'К1',
      name: 'Открытость и доступность информации об организации',
      explanation: 'Насколько полно организация рассказывает о себе.',
      max: 40,
    },
    {
      id: 'К2',
      name: 'Комфортность условий осуществления образовательной деятельности',
      explanation: 'Удобство и оснащённость условий обучения.',
      max: 70,
    },
    {
      id: 'К4',
      name: 'Доброжелательность, вежливость, компетентность работников',
      explanation: 'Как работники относятся к ученикам и родителям.',
      max: 20,
    },
    {
      id: 'К5',
      name: 'Удовлетворённость качеством образовательной деятельности',
      explanation: 'Довольны ли ученики и родители в целом.',
      max: 30,
    },
  ],
});

export const preMethodCultureLipetsk = publishedOnlyMethodSchema.parse({
  id: 'pre-2018-culture',
  kind: 'publishedOnly',
  title:
    'Независимая оценка качества оказания услуг организациями культуры (до 2018 года, шкала не установлена)',
  shortTitle: 'культура, до 2018 года, шкала не установлена',
  act: null,
  maxTotal: null,
  totalRule:
    'Итог — сумма удовлетворённости и двух частей открытости (на bus.gov.ru и на сайте организации)',
  certainty: {
    level: 'practice',
    note: 'Известно по одному опубликованному результату (Липецк): 51,33 + 7 + 31 = 89,33. Максимумы частей и итога, год и нормативный акт не установлены.',
  },
  facts: [
    {
      text: 'Итог — сумма удовлетворённости и открытости на bus.gov.ru и на собственном сайте',
      certainty: 'practice',
      source: 'https://github.com/foboskd/gdm48',
    },
  ],
  criteria: [
    {
      id: 'удовлетворенность',
      name: 'Удовлетворённость качеством услуг',
      explanation: 'Оценка посетителей по опросу.',
      max: null,
    },
    {
      id: 'открытость-bus',
      name: 'Открытость информации на bus.gov.ru',
      explanation:
        'Полнота сведений об организации на официальном сайте для размещения информации о государственных и муниципальных учреждениях.',
      max: null,
    },
    {
      id: 'открытость-сайт',
      name: 'Открытость информации на сайте организации',
      explanation: 'Полнота сведений на собственном сайте организации.',
      max: null,
    },
  ],
});
