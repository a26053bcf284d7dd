import { execFileSync } from 'node:child_process';

/**
 * Whether `dir` is inside a git work tree with git installed. The docs' "last updated" dates
 * come from `git log`, and Docusaurus fails the whole build when the sources are not a repository
 * (a release tarball, a copy without .git), so the dates are only asked for when this is true.
 */
export function insideGitWorkTree(dir: string): boolean {
  try {
    const out = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.toString().trim() === 'true';
  } catch {
    return false;
  }
}
