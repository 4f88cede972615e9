import { questionnaire675n, questionsFor } from '../../questionnaire/index.ts';
import { surveyPath, surveySpheres, surveyStartPath } from '../../questionnaire/sphereSlugs.ts';
import { sphereNames as sphereName } from '../../vocabulary.ts';
import type { SearchRecord } from '../record.ts';
import type { RecordBuilder } from './builder.ts';

/**
 * The questionnaire: where the survey starts (finding one's organization) and the four variants.
 * They belong to no territory but the whole country, the first in the index's order, so that
 * «анкета» shows the page where one answers it before the plans that mention questionnaires.
 */
export const pageRecords: RecordBuilder = (site) => {
  const country = site.rootTerritories[0]?.id ?? '';
  const page = (
    record: Pick<SearchRecord, 'href' | 'title' | 'text' | 'details' | 'spheres'>,
  ): SearchRecord => ({
    kind: 'page',
    context: 'Анкета для получателей услуг',
    territory: country,
    years: null,
    ...record,
  });
  return [
    page({
      href: surveyStartPath,
      title: 'Анкета для получателей услуг: оценить условия оказания услуг организацией',
      text: `Найти свою организацию по сфере, региону и названию и ответить на вопросы анкеты. Форма анкеты утверждена: ${questionnaire675n.act}.`,
      details: [],
      spheres: [...surveySpheres],
    }),
    ...surveySpheres.map((sphere) =>
      page({
        href: surveyPath(sphere),
        title: `Анкета для сферы «${sphereName[sphere]}»`,
        text: questionsFor(sphere)
          .map((q) => q.text)
          .join(' '),
        details: [{ label: 'Форма', value: questionnaire675n.act }],
        spheres: [sphere],
      }),
    ),
  ];
};
