#!/usr/bin/env node
// Edit-to-diagnostics latency of the language server, driven over stdio with vscode-jsonrpc like any LSP client:
// initialize, didOpen, then N single-character edits (insert a letter or a space, or delete a character) at
// random places chosen by a seeded PRNG, each an incremental didChange sent after the previous edit's
// diagnostics arrived. Latency: from writing the didChange to the publishDiagnostics for that version.
// Prints one JSON line: {n, openMs, p50, p95, max, peakRssMB, timeouts, lintP50, lintP95} (lint*: the server's
// own lint time from penlint/status, rounded to the millisecond).
//
//   node bench/lsp-latency.mjs dist/server.cjs FILE N [--seed S] [--pause MS]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';

const [serverPath, file, countArg, ...rest] = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const N = Number(countArg ?? 100);
const seed = opt('--seed', 7);
const pause = opt('--pause', 25);
const TIMEOUT_MS = 30000;

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);

const server = spawn(process.execPath, [resolve(serverPath), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', (d) => (serverErr = (serverErr + d).slice(-4000)));
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));

const uri = pathToFileURL(resolve(file)).href;
let waiting; // {version, resolve}
let lastPublished = -1;
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  const v = typeof p.version === 'number' ? p.version : undefined;
  if (v !== undefined) lastPublished = Math.max(lastPublished, v);
  if (waiting && (v === undefined || v >= waiting.version)) {
    const w = waiting;
    waiting = undefined;
    w.resolve(performance.now());
  }
});
connection.onRequest((method) => {
  if (method === 'workspace/configuration') return [{}];
  if (method === 'workspace/workspaceFolders') return [];
  return null;
});
// the server's own account of each lint (penlint/status): how much of the latency is the lint itself
const lintMsByVersion = new Map();
connection.onNotification('penlint/status', (p) => {
  if (p.uri === uri && typeof p.version === 'number') lintMsByVersion.set(p.version, p.lintMs);
});
connection.onNotification(() => {});
connection.listen();

function waitFor(version) {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      waiting = undefined;
      reject(new Error(`no diagnostics for version ${version} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    waiting = {
      version,
      resolve: (t) => {
        clearTimeout(timer);
        resolvePromise(t);
      },
    };
  });
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function peakRssMB() {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

let text = readFileSync(file, 'utf8');
const rootUri = pathToFileURL(resolve(file, '..')).href;
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri,
  workspaceFolders: [{ uri: rootUri, name: 'bench' }],
  capabilities: {
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
    },
    workspace: { configuration: true, workspaceFolders: true },
  },
});
connection.sendNotification('initialized', {});

let version = 1;
const t0 = performance.now();
const opened = waitFor(version);
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
const openMs = (await opened) - t0;

const latencies = [];
let timeouts = 0;
const LETTERS = 'etaoinshrdlu ';
for (let i = 0; i < N; i++) {
  await sleep(pause);
  const offset = Math.floor(random() * (text.length + 1));
  const insert = random() < 0.7 || offset >= text.length;
  const start = positionAt(text, offset);
  let change;
  if (insert) {
    const ch = LETTERS[Math.floor(random() * LETTERS.length)];
    change = { range: { start, end: start }, text: ch };
    text = text.slice(0, offset) + ch + text.slice(offset);
  } else {
    const end = positionAt(text, offset + 1);
    change = { range: { start, end }, text: '' };
    text = text.slice(0, offset) + text.slice(offset + 1);
  }
  version++;
  const done = waitFor(version);
  const sent = performance.now();
  connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  try {
    latencies.push((await done) - sent);
  } catch {
    timeouts++;
  }
}

const peak = peakRssMB();
const lintMs = [...lintMsByVersion.entries()].filter(([v]) => v > 1).map(([, ms]) => ms);
try {
  await Promise.race([connection.sendRequest('shutdown'), sleep(3000)]);
  connection.sendNotification('exit');
} catch {}
setTimeout(() => server.kill(), 1000).unref();
const result = {
  n: latencies.length,
  openMs,
  p50: percentile(latencies, 50),
  p95: percentile(latencies, 95),
  max: Math.max(...latencies),
  peakRssMB: peak,
  timeouts,
  lintP50: lintMs.length ? percentile(lintMs, 50) : undefined,
  lintP95: lintMs.length ? percentile(lintMs, 95) : undefined,
};
process.stdout.write(JSON.stringify(result) + '\n');
if (timeouts) process.stderr.write(serverErr);
connection.dispose();
process.exit(0);
