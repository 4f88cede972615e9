// The spreadsheet tests open the portal's CSV and .xlsx downloads in Debian's headless
// LibreOffice Calc, to see what a reader's spreadsheet makes of them.
import { ensureAptPackage } from './ensure-apt.ts';

ensureAptPackage('/usr/bin/soffice', 'libreoffice-calc-nogui', 'the spreadsheet tests');
