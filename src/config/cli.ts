// The command-line front of every script: «--help» prints the options and exits 0; a wrong
// option or value prints one line per fault and exits 2, never a stack trace.
import { SettingsError, usage, type Spec } from './settings.ts';

export function commandLine<T>(command: string, specs: Record<string, Spec<unknown>>, argv: readonly string[], read: () => T, intro = ''): T {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${intro ? `${intro}\n\n` : ''}${usage(command, specs)}`);
    process.exit(0);
  }
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    process.exit(2);
  }
}
