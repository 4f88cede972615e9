// The SYNTHETIC nation for the receiver benchmark: answers are posted for organizations of all four
// spheres across the country (synthetic/<percent>/, written by npm run synthetic:generate or
// bench:build), into a database that already holds a national volume of answers.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  answerSubmissionSchema,
  canonicalSubmission,
} from '../../src/domain/questionnaire/index.ts';
import { sphereSchema } from '../../src/domain/schemas/common.ts';
import { openAnswerStore, type StoreLocation } from '../../src/receiver/index.ts';
import { randomSubmission, type BenchOrganization } from './loopback.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Organizations of synthetic/<percent>/, or undefined when that tree has not been generated. */
export function nationOrganizations(percent: string): BenchOrganization[] | undefined {
  const dir = path.join(root, 'synthetic', percent, 'organizations');
  if (!fs.existsSync(dir)) return undefined;
  // Only the sphere is needed; a line match reads 130,000 files far faster than a YAML parser.
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const sphere = /^sphere: (\S+)$/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1];
      return { id: f.slice(0, -'.yaml'.length), sphere: sphereSchema.parse(sphere) };
    });
}

export const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** Stores `count` valid answers through the receiver's own store, in group commits of 10,000. */
export async function prefill(
  location: StoreLocation,
  organizations: readonly BenchOrganization[],
  count: number,
  day: string,
): Promise<void> {
  const store = await openAnswerStore(location);
  for (let done = 0; done < count; done += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, count - done) }, () => {
      const submission = answerSubmissionSchema.parse(
        JSON.parse(randomSubmission(pick(organizations)).body),
      );
      return store.save(
        submission,
        createHash('sha256').update(canonicalSubmission(submission)).digest('hex'),
        day,
      );
    });
    await Promise.all(batch);
  }
  await store.close();
}
