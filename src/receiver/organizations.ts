// Loads the build's list of organizations (anketa/spheres.json) at start-up; a missing or broken
// file stops the receiver with a message that says which file and what to do.
import { readFileSync } from 'node:fs';
import { parseOrganizationList } from '../domain/questionnaire/organizationList.ts';
import type { Sphere } from '../domain/schemas/common.ts';

export function loadOrganizations(file: string): ReadonlyMap<string, Sphere> {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${file}: файл не найден. Его пишет сборка сайта (dist/anketa/spheres.json): соберите сайт и укажите файл в --organizations.`,
    );
  }
  try {
    return parseOrganizationList(json);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
