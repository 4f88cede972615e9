// The build's settings, read from the environment once: astro.config.mjs and the site's modules
// (content folder, as-of date, history links) all take them from here.
import { AstroError } from 'astro/errors';
import { missingSite, readBuildSettings, SettingsError, type BuildSettings } from './settings.ts';

let settings: BuildSettings | undefined;

export function buildSettings(): BuildSettings {
  try {
    settings ??= readBuildSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError)
      throw new AstroError(
        error.message,
        'Допустимые значения каждой настройки — в README, раздел «Configuration».',
      );
    throw error;
  }
  return settings;
}

/** A deployment build needs the public origin; only `astro sync`/`check` and dev may go without. */
export function requireSite(command: string): void {
  if (command === 'build' && buildSettings().site === undefined)
    throw new AstroError(missingSite.message, missingSite.hint);
}

/** A deployment without a contact publishes an accessibility statement with no way to report a problem. */
export function warnMissingContact(command: string, warn: (message: string) => void): void {
  if (command === 'build' && buildSettings().accessibilityContact === undefined) {
    warn(
      'NOK_ACCESSIBILITY_CONTACT не задан: в заявлении о доступности не будет адреса для сообщений о проблемах (README, «Configuration»).',
    );
  }
}
