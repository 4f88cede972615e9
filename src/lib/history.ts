// Change history from git, read once per build. Without git (a tarball, a synthetic tree) the
// site says so instead of inventing dates.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { commitsByFile, parseGitLog, type ContentCommit } from '../domain/opendata/gitLog.ts';
import { buildSettings } from '../config/build.ts';
import { contentDir } from './contentDir.ts';

export interface History {
  /** Short commit of the content, or null without git. */
  commit: string | null;
  /** Date of the latest content change, or the build date without git. */
  updated: string;
  commits: ContentCommit[];
  ofFile(file: string): ContentCommit[];
  /** Link to the file's history in the public repository, when NOK_HISTORY_URL is set. */
  historyUrl(file: string): string | undefined;
}

const root = process.cwd();

function readGit(): ContentCommit[] {
  try {
    const rel = path.relative(root, contentDir());
    if (rel.startsWith('..')) return [];
    const out = execFileSync(
      'git',
      ['log', '--format=%x00%H%x09%cI%x09%s', '--name-only', '--', rel],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return parseGitLog(out);
  } catch {
    return [];
  }
}

let cached: History | undefined;

export function loadHistory(): History {
  if (cached) return cached;
  const commits = readGit();
  const byFile = commitsByFile(commits);
  const template = buildSettings().historyUrl;
  cached = {
    commit: commits[0]?.hash.slice(0, 12) ?? null,
    updated: commits[0]?.date.slice(0, 10) ?? new Date().toISOString().slice(0, 10),
    commits,
    ofFile: (file) => byFile.get(path.relative(root, path.resolve(root, file))) ?? [],
    historyUrl: (file) =>
      template
        ? template.replace('{path}', path.relative(root, path.resolve(root, file)))
        : undefined,
  };
  return cached;
}
