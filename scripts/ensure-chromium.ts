// Browser tests drive Debian's Chromium; a fresh machine gets it from apt, never a browser download.
import { ensureAptPackage } from './ensure-apt.ts';

ensureAptPackage('/usr/bin/chromium', 'chromium', 'the browser tests');
