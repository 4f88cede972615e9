/** The import report as the editor reads it, in Russian, one finding a line. */
import type { ImportReport } from './index.ts';

const section = (heading: string, lines: string[], none: string) => [
  heading,
  ...(lines.length > 0 ? lines.map((line) => `  - ${line}`) : [`  ${none}`]),
  '',
];

export function formatReport(
  report: ImportReport,
  files: { source: string; draft: string },
): string {
  const { placed, fidelity } = report;
  const fidelityLines = [
    ...fidelity.notInSource.map((v) => `${v.measure}, ${v.path}: нет в источнике: «${v.value}»`),
    ...fidelity.numbers.missing.map((n) => `пункт «${n}» есть в источнике, но не в черновике`),
    ...fidelity.numbers.extra.map((n) => `пункт «${n}» есть в черновике, но не в источнике`),
    ...fidelity.leftOut.map((l) => `из пункта «${l.number}» в черновик не попало: «${l.text}»`),
  ];
  return [
    `Импорт плана: ${files.source} → ${files.draft}`,
    report.tableAt === null
      ? 'Таблица мероприятий не найдена.'
      : `Таблица мероприятий: шапка в строке ${report.tableAt}.`,
    `Размещено: пунктов с номером — ${placed.numbered}, без номера — ${placed.unnumbered}, заголовков разделов — ${placed.sections}.`,
    '',
    ...section(
      'Не размещено (строка источника):',
      report.unplaced.map((u) => `строка ${u.at}: ${u.reason}${u.text ? ` — «${u.text}»` : ''}`),
      'всё размещено',
    ),
    ...section(
      'Прочтения, которые стоит проверить:',
      report.notes.map((n) => `строка ${n.at}, ${n.measure}: ${n.text}`),
      'нет',
    ),
    ...section(
      'Сроки, которые не распознаны (на странице будет «срок не распознан»):',
      report.unknownDeadlines.map((d) => `${d.measure}: «${d.raw}» — ${d.reason}`),
      'все сроки распознаны',
    ),
    ...section('Не указано в документе — заполните вручную:', report.toFill, 'ничего'),
    ...section('Проверка соответствия черновика источнику:', fidelityLines, 'расхождений нет'),
    ...section(
      'Схема плана (черновик станет содержимым, когда их не останется):',
      report.schemaIssues,
      'черновик соответствует схеме',
    ),
  ].join('\n');
}
