// The command-line front of every script: «--help» prints the options and exits 0; a wrong
// option or value prints one line per fault and exits 2, never a stack trace.
import { readOptions, SettingsError, usage, type Spec, type Values } from './settings.ts';

export function commandLine<T>(
  command: string,
  specs: Record<string, Spec<unknown>>,
  argv: readonly string[],
  read: () => T,
  intro = '',
): T {
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

/** A script's own options from process.argv (and their environment variables), with --help. */
export function scriptOptions<S extends Record<string, Spec<unknown>>>(
  command: string,
  intro: string,
  specs: S,
): Values<S> {
  const argv = process.argv.slice(2);
  return commandLine(command, specs, argv, () => readOptions(specs, argv, process.env), intro);
}
