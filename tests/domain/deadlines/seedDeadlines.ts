/**
 * Every «Срок исполнения» cell of the five seed documents, copied from content/sources/*.txt with
 * the line breaks of multi-line cells kept (a cell split by a page break is joined with a space).
 * Text is copied, not corrected: «общественно-го» (Tatarstan 8) is a hyphenation left in the source.
 * Tests never read the sources themselves.
 */
export type SeedDeadline = { measure: string; raw: string };
export type SeedPlan = {
  file: string;
  period: { from: number; to: number };
  deadlines: SeedDeadline[];
};

export const seedPlans: SeedPlan[] = [
  {
    file: 'rossiya-mintrud-2016-2018.txt',
    period: { from: 2016, to: 2018 },
    deadlines: [
      { measure: '1.', raw: '1 раз в квартал\nв течение \n\n2016-2018 гг.' },
      { measure: '1.1.', raw: 'I квартал\n\n2016 г., далее -  ежегодно' },
      { measure: '1.2.', raw: 'II квартал \n\n2016 г.' },
      { measure: '1.3.', raw: 'III квартал \n\n2016 г.' },
      { measure: '1.4.', raw: 'IV квартал \n\n2016 г.' },
      { measure: '1.5.', raw: 'I квартал \n\n2017 г.' },
      { measure: '1.6.', raw: 'II квартал\n2017 г.' },
      { measure: 'unnumbered, after 1.6.', raw: 'III квартал \n\n2017 г.' },
      { measure: '1.7.', raw: 'IV квартал \n\n2017 г.' },
      { measure: '1.8.', raw: 'I квартал\n2018 г.' },
      { measure: '1.9.', raw: 'II квартал\n2018 г.' },
      { measure: '1.10.', raw: 'III квартал \n\n2018 г.' },
      { measure: '1.11.', raw: 'IV квартал\n2018 г.' },
      { measure: '2.', raw: 'по мере необходимости' },
      { measure: '3.', raw: 'I квартал \n\n2016 г.' },
      {
        measure: '4.',
        raw: 'постоянно \nв течение 10 рабочих дней со дня создания, получения или изменения информации',
      },
      { measure: '5.', raw: 'ежегодно' },
      { measure: '6.', raw: 'ежегодно' },
      { measure: '6.1.', raw: 'I квартал (ежегодно)' },
      { measure: '6.2.', raw: 'I квартал (ежегодно) ' },
      { measure: '6.3', raw: 'II  квартал (ежегодно)' },
      { measure: '6.4.', raw: 'IV квартал \n\n(ежегодно)' },
      { measure: '6.5.', raw: 'IV квартал (ежегодно)' },
      {
        measure: '7.',
        raw: 'IV квартал (ежегодно)\nв течение месяца после поступления информации от Общественного совета',
      },
      {
        measure: '8.',
        raw: 'IV квартал (ежегодно) \nв  течение 5 рабочих дней после поступления информации  о результатах независимой оценки  от Общественного совета',
      },
      {
        measure: '9.',
        raw: 'IV квартал (ежегодно) \n\nв течение месяца со дня поступления информации',
      },
      {
        measure: '10.',
        raw: 'IV квартал (ежегодно) \n\nв течение 5 дней после утверждения плана мероприятий',
      },
      { measure: '11.', raw: 'в сроки, установленные планом мероприятий' },
      { measure: '12.', raw: 'постоянно' },
      { measure: '13.', raw: 'ежеквартально' },
      { measure: '14.', raw: 'постоянно' },
      { measure: '15.', raw: 'постоянно' },
      { measure: '16.', raw: 'II квартал \n\n2016 г.' },
      { measure: '17.', raw: 'ежегодно' },
      { measure: '18', raw: 'ежеквартально' },
    ],
  },
  {
    file: 'tatarstan-2018-2021.txt',
    period: { from: 2018, to: 2021 },
    deadlines: [
      { measure: '1.', raw: '1 раз в квартал в течение 2018 – 2021 годов' },
      { measure: '2.', raw: 'постоянно' },
      { measure: '3.', raw: 'постоянно' },
      {
        measure: '4.',
        raw: 'постоянно  в течение 10 рабочих дней со дня создания, получения или изменения информации',
      },
      { measure: '5.', raw: 'IV квартал (ежегодно)' },
      { measure: '6.', raw: 'декабрь 2017 года' },
      { measure: '7.1.', raw: 'декабрь года, предшествующего плановому (ежегодно)' },
      { measure: '7.2.', raw: 'декабрь года, предшествующего плановому (ежегодно)' },
      { measure: '7.3.', raw: 'январь (ежегодно)' },
      { measure: '7.4.', raw: 'декабрь года, предшествующего плановому (ежегодно)' },
      { measure: '7.5.', raw: 'февраль (ежегодно)' },
      { measure: '7.6.', raw: 'в течение года в соответствии с техническим заданием (ежегодно)' },
      { measure: '7.7.', raw: 'до 1 декабря (ежегодно), в течение года по мере проведения оценок' },
      {
        measure: '8.',
        raw: 'до 1 декабря (ежегодно), в течение 5 рабочих дней после поступления информации о результатах независимой оценки качества оказания услуг организациями от общественно-го совета',
      },
      {
        measure: '9.',
        raw: 'IV квартал (ежегодно), в течение месяца со дня поступления информации',
      },
      {
        measure: '10.',
        raw: 'IV квартал (ежегодно), в течение 5 дней после утверждения плана мероприятий',
      },
      { measure: '11.', raw: 'в сроки, установленные планом мероприятий' },
      { measure: '12.', raw: 'до 1 марта (ежегодно)' },
    ],
  },
  {
    file: 'stavropolskiy-kray-2017.txt',
    period: { from: 2017, to: 2017 },
    deadlines: [
      // The cell of item 1 gives the date once for each of its two sentences.
      { measure: '1.', raw: 'до 14 марта 2017 года\n\n\n\n\n\n\n\n\nдо 14 марта 2017 года' },
      { measure: '2.', raw: 'до 22 марта 2017 года' },
      { measure: '3.', raw: 'до 14 апреля 2017 года' },
      { measure: '4.', raw: 'до 14 апреля 2017 года' },
      { measure: '5.', raw: 'до 28 августа 2017 года' },
      { measure: '6.', raw: 'до 28 сентября 2017 года' },
      { measure: '7.', raw: 'до 1 декабря 2017 года' },
    ],
  },
  {
    file: 'belgorodskaya-oblast-2013-2015.txt',
    period: { from: 2013, to: 2015 },
    deadlines: [
      { measure: '1.', raw: '30 мая 2013 года' },
      { measure: '2.', raw: '30 мая 2013 года' },
      { measure: '3.', raw: '15 июня' },
      { measure: '4.', raw: '30 июня 2013 года' },
      { measure: '5.', raw: '30 июня 2013 года' },
      { measure: '6.', raw: '30 июля 2013 года' },
      { measure: '7.', raw: '15 августа 2013 года' },
      { measure: '8.', raw: 'I квартал 2014 года' },
      { measure: '9.', raw: 'I квартал 2014 года' },
      { measure: '10., first three lines', raw: 'постоянно' },
      { measure: '10., last line', raw: '1 марта 2014 года, далее – ежегодно' },
      { measure: 'II. (scan error for 11.)', raw: '1 февраля 2014 года, далее – ежегодно' },
      { measure: '12.', raw: 'постоянно' },
    ],
  },
  {
    file: 'choyskiy-rayon-2016-2018.txt',
    period: { from: 2016, to: 2018 },
    deadlines: [
      { measure: '1.1.', raw: 'Январь - ежегодно' },
      { measure: '1.2.', raw: 'Апрель - ежегодно' },
      { measure: '1.3.', raw: 'Февраль 2016г., Ноябрь 2016г., 2017г., 2018г.' },
      { measure: '2.1.', raw: 'Ежегодно-январь' },
      { measure: '2.2.', raw: 'Ежегодно по графику' },
      { measure: '2.3.', raw: 'Ежегодно: март,\n\n\t\t\tиюнь, сентябрь' },
      { measure: '2.4.', raw: 'Ежегодно-: декабрь' },
      {
        measure: '2.5.',
        raw: 'В течение месяца после поступления информации от Общественного совета',
      },
      { measure: '2.6.', raw: 'В сроки, установленные планами' },
      { measure: '3.', raw: 'Сентябрь 2016г.' },
      { measure: '4.1., list of organizations', raw: 'Ежегодно - январь' },
      { measure: '4.1., council and operator', raw: 'Изменения по необходимости' },
      {
        measure: '4.1., results',
        raw: 'до 1 декабря, в течение 5 дней после утверждения результатов Общественным советом',
      },
      { measure: '4.3.', raw: 'В течение 5 дней после утверждения плана мероприятий' },
    ],
  },
];
