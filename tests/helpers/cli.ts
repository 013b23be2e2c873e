// Runs the command line as a user does: `node scripts/simulate.mjs ...` in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './baseline.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], timeoutMs = 90_000): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'simulate.mjs'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for files the command line reads or writes. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'outage-sim-cli-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}
