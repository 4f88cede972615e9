import path from 'node:path';
import { buildSettings } from '../config/build.ts';

/**
 * The content tree the site is built from. Real content lives in ./content; tests build
 * fixture trees and the scale benchmark a synthetic country by pointing NOK_CONTENT_DIR elsewhere.
 */
export function contentDir(): string {
  return path.resolve(buildSettings().contentDir);
}
