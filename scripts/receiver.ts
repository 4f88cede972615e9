// Runs the survey receiver (and, with --static, the built site). `--help` lists the options;
// each has an environment fallback (README «Configuration»; src/config/settings.ts).
import { commandLine } from '../src/config/cli.ts';
import { readReceiverSettings, receiverSpecs } from '../src/config/settings.ts';
import { createReceiver, loadOrganizations, openAnswerStore } from '../src/receiver/index.ts';

const argv = process.argv.slice(2);
const settings = commandLine(
  'node scripts/receiver.ts',
  receiverSpecs,
  argv,
  () => readReceiverSettings(argv, process.env),
  'The НОК survey receiver: stores answers in SQLite (--db) or PostgreSQL (--database-url), serves the built site with --static.',
);

let organizations;
try {
  organizations = loadOrganizations(settings.organizations);
} catch (error) {
  console.error(`receiver: ${(error as Error).message}`);
  process.exit(2);
}

let store;
try {
  store = await openAnswerStore(settings.store);
} catch (error) {
  console.error(`receiver: ${(error as Error).message}`);
  process.exit(1);
}

const server = createReceiver({
  store,
  organizations,
  ...(settings.publicOrigin ? { publicOrigin: settings.publicOrigin } : {}),
  base: settings.base,
  allowedOrigins: settings.allowedOrigins,
  trustProxy: settings.trustProxy,
  rateLimit: settings.noRateLimit
    ? false
    : { burst: settings.rateBurst, perMinute: settings.ratePerMinute },
  ...(settings.staticDir ? { staticDir: settings.staticDir } : {}),
});

server.listen(settings.port, settings.host, () => {
  const address = server.address();
  const shown =
    typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
  const site = settings.staticDir ? `, site ${settings.staticDir}` : '';
  console.log(
    `receiver: listening on http://${shown} (db ${store.where}${site}, ${organizations.size} organizations, portal at ${settings.publicOrigin ?? 'this address'}${settings.base})`,
  );
});

// Graceful stop: no new connections, idle keep-alive sockets closed, in-flight requests finish
// (each answer's transaction commits or rolls back whole), then the database is closed.
function shutdown(signal: string): void {
  console.log(`receiver: ${signal}, stopping`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
