// Which files a run lints: named files (whatever their extension), folders (recursively *.md and *.markdown), and
// globs; never node_modules or .git; minus what .penlintignore (gitignore syntax) lists. The nearest .penlintignore
// walking up from the working folder to the repository root applies, its patterns relative to its own folder.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { globSync, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.penlintignore';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = ['**/*.md', '**/*.markdown', '**/*.MD', '**/*.Md', '**/*.MARKDOWN'];

export interface DiscoveredFile {
  /** Absolute path. */
  file: string;
  /** Relative to the working folder, with forward slashes: what reports show. */
  displayPath: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Arguments that named nothing: usage/I-O errors (exit 2). */
  missing: string[];
  /** Files named explicitly that .penlintignore skips (a notice, not an error). */
  ignoredExplicit: string[];
}

export function toDisplayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? file : rel).split(sep).join('/');
}

interface IgnoreRules {
  dir: string;
  matcher: Ignore;
}

/** The nearest .penlintignore from `cwd` up to the repository root (a folder holding .git). */
export function loadIgnoreFile(cwd: string): IgnoreRules | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const file = join(dir, IGNORE_FILE);
    if (existsSync(file)) return { dir, matcher: ignore().add(readFileSync(file, 'utf8')) };
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) return undefined;
    dir = parent;
  }
}

function isIgnored(rules: IgnoreRules | undefined, file: string): boolean {
  if (!rules) return false;
  const rel = relative(rules.dir, file).split(sep).join('/');
  if (!rel || rel.startsWith('../') || rel === '..') return false;
  return rules.matcher.ignores(rel);
}

const inSkippedFolder = (file: string) => file.split(/[\\/]/).some((seg) => seg === 'node_modules' || seg === '.git');

const DRAFT_NAME = /\.(?:md|markdown)$/i;

/** Entries under a folder named like drafts that are neither files nor folders (dangling links, links to
 *  non-files, pipes, sockets, devices). Skipped folders and links to folders are not entered, as in the glob. */
function irregularDrafts(root: string): string[] {
  const out: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') pending.push(path);
        continue;
      }
      if (e.isFile() || !DRAFT_NAME.test(e.name)) continue;
      if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path);
        } catch {
          target = undefined;
        }
        // a link to a regular file is the glob's; a link to a folder is not followed
        if (target && (target.isFile() || target.isDirectory())) continue;
      }
      out.push(path);
    }
  }
  return out;
}

export function discoverFiles(args: string[], cwd: string): Discovery {
  const rules = loadIgnoreFile(cwd);
  const found = new Map<string, DiscoveredFile>();
  const missing: string[] = [];
  const ignoredExplicit: string[] = [];
  // one entry per real file, however many names lead to it (a fix must write each draft once)
  const add = (file: string) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // a dangling link: reported when it cannot be read
    }
    if (!found.has(real)) found.set(real, { file, displayPath: toDisplayPath(cwd, file) });
  };
  for (const arg of args.length ? args : ['.']) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      // symbolic links to folders are not followed (loops, and the same draft twice under two names)
      const files = globSync(MARKDOWN, { cwd: abs, ignore: ALWAYS_SKIPPED, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
      // the glob lists regular files only: a dangling link or a pipe named like a draft is reported for that file
      // (lintFileTask says what it is), never skipped without a word
      files.push(...irregularDrafts(abs));
      for (const f of files) {
        const file = resolve(f);
        if (!inSkippedFolder(relative(abs, file)) && !isIgnored(rules, file)) add(file);
      }
    } else if (st) {
      if (isIgnored(rules, abs)) ignoredExplicit.push(toDisplayPath(cwd, abs));
      else add(abs);
    } else if (isDynamicPattern(arg)) {
      const files = globSync(arg, { cwd, ignore: ALWAYS_SKIPPED, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
      let any = false;
      for (const f of files) {
        const file = resolve(f);
        any = true;
        if (!isIgnored(rules, file)) add(file);
      }
      if (!any) missing.push(arg);
    } else {
      missing.push(arg);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, missing, ignoredExplicit };
}

/** --shard I/N: a stable slice by a hash of the display path, so the N shards together are exactly the whole run. */
export function inShard(displayPath: string, shard: { index: number; count: number }): boolean {
  const h = createHash('sha1').update(displayPath).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
