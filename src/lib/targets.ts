import type { TargetValue } from '../domain/schemas/index.ts';
import { formatNumber } from './format.ts';

/** A target as a citizen reads it; a range stays a range. */
export function formatTarget(target: TargetValue): string {
  switch (target.kind) {
    case 'number':
      return `${target.atLeast ? 'не менее ' : ''}${formatNumber(target.value)}`;
    case 'range':
      return `от ${formatNumber(target.min)} до ${formatNumber(target.max)}`;
    case 'boolean':
      return target.value ? 'да' : 'нет';
  }
}

export function formatAchieved(value: number | boolean): string {
  return typeof value === 'boolean' ? (value ? 'да' : 'нет') : formatNumber(value);
}
