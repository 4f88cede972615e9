// A receiver database filled with SYNTHETIC survey answers, for tests of the survey commands.
import { randomUUID } from 'node:crypto';
import { openSqliteStore } from '../../src/receiver/index.ts';
import type { Sphere } from '../../src/domain/schemas/common.ts';

export interface SyntheticAnswer {
  organization: string;
  sphere: Sphere;
  receivedOn: string;
  answers: Record<string, string>;
}

export async function writeAnswersDb(
  file: string,
  answers: readonly SyntheticAnswer[],
): Promise<void> {
  const store = openSqliteStore(file);
  try {
    for (const a of answers) {
      const submission = {
        id: randomUUID(),
        organization: a.organization,
        questionnaire: '675н-2018',
        sphere: a.sphere,
        answers: a.answers,
      };
      await store.save(submission, randomUUID(), a.receivedOn);
    }
  } finally {
    await store.close();
  }
}

/** A SYNTHETIC operator's document-check file for survey:assess (the figures are made up). */
export const syntheticDocumentChecks = {
  operator: 'ООО «Вымышленный оператор»',
  source: 'Вымышленная проверка документов (тест survey:assess)',
  standPosted: 9,
  standRequired: 10,
  sitePosted: 18,
  siteRequired: 20,
  remoteChannels: 3,
  comfortConditions: 4,
  facilityAccessibilityConditions: 2,
  serviceAccessibilityConditions: 3,
};
