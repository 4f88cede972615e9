/** A commit that touched content files, as read from `git log --name-only`. */
export interface ContentCommit {
  hash: string;
  date: string;
  subject: string;
  files: string[];
}

/**
 * Parses `git log --format=%x00%H%x09%cI%x09%s --name-only` output. Commits come newest first,
 * so the first commit naming a file is its last change.
 */
export function parseGitLog(output: string): ContentCommit[] {
  return output
    .split('\0')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [head = '', ...files] = chunk.split('\n');
      const [hash = '', date = '', ...subject] = head.split('\t');
      return {
        hash,
        date,
        subject: subject.join('\t'),
        files: files.map((f) => f.trim()).filter(Boolean),
      };
    });
}

/** Every commit per file, newest first. */
export function commitsByFile(commits: ContentCommit[]): Map<string, ContentCommit[]> {
  const byFile = new Map<string, ContentCommit[]>();
  for (const commit of commits) {
    for (const file of commit.files) byFile.set(file, [...(byFile.get(file) ?? []), commit]);
  }
  return byFile;
}
