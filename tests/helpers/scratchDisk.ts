// A small real ext4 file system on a loop device, for the failures a receiver meets on a real
// disk: full, and turned read-only by the kernel after an error (errors=remount-ro). Needs root
// and loop devices; `scratchDiskUnavailable()` says why not, so a test can skip with that reason.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchDisk {
  dir: string;
  /** Fills the file system to the last block. */
  fill(): void;
  /** Frees what fill() took. */
  free(): void;
  /** The kernel's reaction to a file-system error: the mount becomes read-only under open files. */
  failToReadOnly(): void;
  remove(): void;
}

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }).trim();

export function scratchDiskUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (mount)';
  if (!fs.existsSync('/dev/loop-control')) return 'no loop devices on this machine';
  for (const tool of ['/usr/sbin/mkfs.ext4', '/usr/bin/mount'])
    if (!fs.existsSync(tool) && !fs.existsSync(tool.replace('/usr', ''))) return `${tool} missing`;
  return undefined;
}

export function createScratchDisk(megabytes = 16): ScratchDisk {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-disk-'));
  const image = path.join(work, 'disk.img');
  const dir = path.join(work, 'mnt');
  fs.mkdirSync(dir);
  fs.writeFileSync(image, '');
  fs.truncateSync(image, megabytes * 2 ** 20);
  run('mkfs.ext4', ['-q', '-m', '0', image]);
  run('mount', ['-o', 'loop,errors=remount-ro', image, dir]);
  const device = path.basename(run('findmnt', ['-no', 'SOURCE', dir]));
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      // Byte by byte into the last partial block, so not even a small write still fits.
      const tail = fs.openSync(path.join(dir, 'filler-tail'), 'a');
      try {
        for (;;) fs.writeSync(tail, Buffer.alloc(512, 1));
      } catch {
        // ENOSPC: full
      } finally {
        fs.closeSync(tail);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
      fs.rmSync(path.join(dir, 'filler-tail'), { force: true });
    },
    failToReadOnly() {
      fs.writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, 'nok test\n');
    },
    remove() {
      run('umount', ['-l', dir]);
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
