// --cache: a file's report entry is reused when its content hash, its effective config and penlint itself are
// unchanged. The cache file is JSON, written atomically (temporary file + rename); a corrupt file, another penlint
// version or another build is ignored (everything is linted again) and then overwritten.
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TOOL_VERSION } from '../engine/meta.js';
import type { PenlintConfig } from '../engine/config.js';
import type { JsonFileEntry } from './report.js';
import { sha256 } from './lint-file.js';

export const DEFAULT_CACHE_LOCATION = '.penlintcache';

export interface CacheRecord {
  hash: string;
  configKey: string;
  entry: Omit<JsonFileEntry, 'path'> & { path?: string };
}

interface CacheFile {
  tool: 'penlint';
  /** TOOL_VERSION plus a hash of the running bundle: a rebuilt penlint (new or changed rules) starts afresh. */
  version: string;
  entries: Record<string, CacheRecord>;
}

let buildKey: string | undefined;
/** penlint's version and a fingerprint of the code that is running. */
export function penlintBuildKey(): string {
  if (buildKey) return buildKey;
  let fingerprint = '';
  try {
    // in the bundle (dist/cli.cjs), __filename is the bundle itself
    const self = typeof __filename === 'string' ? __filename : process.argv[1];
    if (self && existsSync(self)) fingerprint = sha256(readFileSync(self)).slice(0, 16);
  } catch {
    // no fingerprint: the version alone keys the cache
  }
  buildKey = fingerprint ? `${TOOL_VERSION}+${fingerprint}` : TOOL_VERSION;
  return buildKey;
}

/** A stable key of the config a file is linted with (object keys sorted) and of its draft override. */
export function configKey(config: PenlintConfig, forceDraft: boolean | undefined): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return sha256(JSON.stringify({ config: sorted(config), forceDraft: forceDraft ?? null })).slice(0, 32);
}

export class LintCache {
  private entries: Record<string, CacheRecord> = {};
  private dirty = false;

  constructor(readonly location: string) {}

  load(): this {
    try {
      const data = JSON.parse(readFileSync(this.location, 'utf8')) as Partial<CacheFile>;
      if (data && data.tool === 'penlint' && data.version === penlintBuildKey() && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        for (const [file, record] of Object.entries(data.entries)) {
          if (isRecord(record)) this.entries[file] = record;
        }
      }
    } catch {
      // missing or corrupt: start empty
    }
    return this;
  }

  get(file: string, key: string): { hash: string; entry: JsonFileEntry } | undefined {
    const r = this.entries[file];
    if (!r || r.configKey !== key) return undefined;
    // path first, as in a cold run's entry: a --cache hit must print the same JSON, key order included
    return { hash: r.hash, entry: { path: '', ...r.entry } as JsonFileEntry };
  }

  set(file: string, key: string, hash: string, entry: JsonFileEntry): void {
    const { path: _path, diff: _diff, ...rest } = entry;
    void _path;
    void _diff;
    this.entries[file] = { hash, configKey: key, entry: rest };
    this.dirty = true;
  }

  delete(file: string): void {
    if (file in this.entries) {
      delete this.entries[file];
      this.dirty = true;
    }
  }

  /** Drops entries of files that no longer exist, then writes the cache atomically. */
  save(): void {
    for (const file of Object.keys(this.entries)) {
      if (!existsSync(file)) {
        delete this.entries[file];
        this.dirty = true;
      }
    }
    if (!this.dirty && existsSync(this.location)) return;
    const data: CacheFile = { tool: 'penlint', version: penlintBuildKey(), entries: this.entries };
    const temp = join(dirname(this.location), `.${basename(this.location)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.location);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // not created
      }
      throw error;
    }
  }
}

function isRecord(v: unknown): v is CacheRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as CacheRecord;
  return typeof r.hash === 'string' && typeof r.configKey === 'string' && !!r.entry && typeof r.entry === 'object' && Array.isArray(r.entry.diagnostics);
}
