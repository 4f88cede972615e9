// The citizen questionnaire of приказ Минтруда России от 30.10.2018 № 675н, kept as versioned
// data so the form, the receiver and the aggregation all read one definition, and a later
// edition can sit next to this one instead of overwriting it.
import type { Sphere } from '../schemas/common.ts';

export const questionIds = [
  'q1',
  'q2',
  'q3',
  'q4',
  'q5',
  'q6',
  'q7',
  'q8',
  'q9',
  'q10',
  'q11',
  'q12',
  'q13',
  'q14',
  'q15',
  'q16',
  'q17',
  'q18',
] as const;
export type QuestionId = (typeof questionIds)[number];

export type AnswerKind = 'yesNo' | 'freeText' | 'sex' | 'ageGroup';

export interface Choice {
  value: string;
  label: string;
}

export interface Question {
  /** Stable id by the full numbering of the act; never renumbered when Q5 is absent. */
  id: QuestionId;
  /** Number in the full questionnaire (with Q5). */
  number: number;
  kind: AnswerKind;
  text: string;
  required: boolean;
  /** Asked only when the named question was not answered «Нет» (the act's «Нет → N» jumps). */
  skippedWhenNo?: QuestionId;
  /** Asked only in these spheres; absent means every sphere. */
  onlyIn?: readonly Sphere[];
  /** Indicator of the 344н method this answer feeds (docs/domain.md §10). */
  indicator?: string;
  /** True where the opening «Удовлетворены ли Вы …» was restored from the pattern of the other questions. */
  openingRestored?: true;
  /** Shown next to the field: a warning against entering personal data (152-ФЗ). */
  warning?: string;
  choices?: readonly Choice[];
}

export interface Questionnaire {
  id: string;
  version: string;
  act: string;
  /** Where the wording comes from; the act's own text was not available to us. */
  wordingSource: string;
  /**
   * Portal conventions that are not in the act, labelled so they are never mistaken for it. A
   * question is cited as `{q18}`: the page writes the number the respondent sees in that
   * sphere's variant (numberedText in visibility.ts), never the full numbering of the ids.
   */
  conventions: readonly string[];
  questions: readonly Question[];
}

export const yesNoChoices: readonly Choice[] = [
  { value: 'yes', label: 'Да' },
  { value: 'no', label: 'Нет' },
];

export const sexChoices: readonly Choice[] = [
  { value: 'male', label: 'Мужской' },
  { value: 'female', label: 'Женский' },
];

/** Bands chosen by the portal: a band identifies a person less than an exact age does. */
export const ageGroupChoices: readonly Choice[] = [
  { value: 'under-18', label: 'до 18 лет' },
  { value: '18-29', label: '18–29 лет' },
  { value: '30-44', label: '30–44 года' },
  { value: '45-59', label: '45–59 лет' },
  { value: '60-plus', label: '60 лет и старше' },
];

export const personalDataWarning =
  'Не указывайте фамилию, имя, телефон, адрес электронной почты и другие сведения, по которым можно установить Вашу личность.';

/** Spheres where waiting time is assessed, so Q5 is asked (docs/domain.md §8 К2, §9). */
export const waitingTimeSpheres: readonly Sphere[] = ['social', 'health'];

const yesNo = (number: number, text: string, extra: Partial<Question> = {}): Question => ({
  id: `q${number}` as QuestionId,
  number,
  kind: 'yesNo',
  text,
  required: true,
  choices: yesNoChoices,
  ...extra,
});

export const questionnaire675n: Questionnaire = {
  id: '675н-2018',
  version: '675н-2018',
  act: 'Приказ Минтруда России от 30.10.2018 № 675н',
  wordingSource:
    'Формулировки приведены так, как их воспроизводят сайты организаций; текст приказа с ними не сверен.',
  conventions: [
    'Вопросы {q9}, {q10} и {q12} на сайтах организаций приводятся без начала; начало «Удовлетворены ли Вы…» восстановлено по образцу других вопросов.',
    'Возрастные группы в вопросе {q18} — соглашение портала, а не текст приказа.',
  ],
  questions: [
    yesNo(
      1,
      'При посещении организации обращались ли Вы к информации о её деятельности, размещённой на информационных стендах в помещениях организации?',
    ),
    yesNo(
      2,
      'Удовлетворены ли Вы открытостью, полнотой и доступностью информации о деятельности организации, размещённой на информационных стендах в помещении организации?',
      { skippedWhenNo: 'q1', indicator: 'Поткруд' },
    ),
    yesNo(
      3,
      'Пользовались ли Вы официальным сайтом организации, чтобы получить информацию о её деятельности?',
    ),
    yesNo(
      4,
      'Удовлетворены ли Вы открытостью, полнотой и доступностью информации о деятельности организации, размещённой на её официальном сайте в сети «Интернет»?',
      { skippedWhenNo: 'q3', indicator: 'Поткруд' },
    ),
    yesNo(5, 'Своевременно ли Вам была предоставлена услуга (по записи, графику, сроку)?', {
      onlyIn: waitingTimeSpheres,
      indicator: 'Пожид',
    }),
    yesNo(
      6,
      'Удовлетворены ли Вы комфортностью предоставления услуг организацией (зона ожидания, навигация, питьевая вода, санитарно-гигиенические помещения и т. п.)?',
      { indicator: 'Пкомфуд' },
    ),
    yesNo(
      7,
      'Имеете ли Вы (или лицо, представителем которого Вы являетесь) установленную группу инвалидности?',
    ),
    yesNo(8, 'Удовлетворены ли Вы доступностью предоставления услуг для инвалидов в организации?', {
      skippedWhenNo: 'q7',
      indicator: 'Пдостуд',
    }),
    yesNo(
      9,
      'Удовлетворены ли Вы доброжелательностью и вежливостью работников, обеспечивающих первичный контакт и информирование (справочная, регистратура, касса и т. п.)?',
      { indicator: 'Пперв.контуд', openingRestored: true },
    ),
    yesNo(
      10,
      'Удовлетворены ли Вы доброжелательностью и вежливостью работников, обеспечивающих непосредственное оказание услуги (врачи, социальные работники, преподаватели, библиотекари и т. п.)?',
      { indicator: 'Показ.услугуд', openingRestored: true },
    ),
    yesNo(
      11,
      'Пользовались ли Вы дистанционными способами взаимодействия с организацией (телефон, электронная почта, электронные сервисы, анкета на сайте и прочие)?',
    ),
    yesNo(
      12,
      'Удовлетворены ли Вы доброжелательностью и вежливостью работников, с которыми взаимодействовали дистанционно?',
      { skippedWhenNo: 'q11', indicator: 'Пвежл.дистуд', openingRestored: true },
    ),
    yesNo(
      13,
      'Готовы ли Вы рекомендовать организацию родственникам и знакомым (или могли бы её рекомендовать, если бы была возможность выбора)?',
      { indicator: 'Преком' },
    ),
    yesNo(
      14,
      'Удовлетворены ли Вы организационными условиями предоставления услуг (график работы и т. п.)?',
      { indicator: 'Порг.услуд' },
    ),
    yesNo(15, 'Удовлетворены ли Вы в целом условиями оказания услуг в организации?', {
      indicator: 'Пуд',
    }),
    {
      id: 'q16',
      number: 16,
      kind: 'freeText',
      text: 'Ваши предложения по улучшению условий оказания услуг',
      required: false,
      warning: personalDataWarning,
    },
    { id: 'q17', number: 17, kind: 'sex', text: 'Ваш пол', required: true, choices: sexChoices },
    {
      id: 'q18',
      number: 18,
      kind: 'ageGroup',
      text: 'Ваш возраст',
      required: false,
      choices: ageGroupChoices,
    },
  ],
};

/** Limit on the free-text answer, in characters. */
export const freeTextMaxLength = 2000;
