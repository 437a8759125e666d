import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { childEnvironment, REPO_ROOT } from '../config';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnedCloud {
  child: ChildProcess;
  /** Resolves with the base URL once the runner prints it; rejects if the process exits first. */
  url: Promise<string>;
  exited: Promise<Exit>;
  /** SIGINT, then the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<Exit>;
}

const ENTRY = path.join(REPO_ROOT, 'cloudfunctions', 'local', 'serve.ts');

/**
 * Runs the local cloud as its own process, the way `npm start` does (Node + tsx), with the given environment on top
 * of this one. Used by the runner's process tests and the e2e runner.
 */
export function spawnLocalCloud(env: Record<string, string>, options: { echo?: boolean } = {}): SpawnedCloud {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: REPO_ROOT,
    env: childEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let resolveUrl: (url: string) => void = () => undefined;
  let rejectUrl: (error: Error) => void = () => undefined;
  const url = new Promise<string>((resolve, reject) => {
    resolveUrl = resolve;
    rejectUrl = reject;
  });
  url.catch(() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (options.echo) process.stdout.write(chunk);
    const match = /listening on (http:\/\/\S+)/.exec(stdout);
    if (match?.[1]) resolveUrl(match[1]);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    if (options.echo) process.stderr.write(chunk);
  });
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      // Let the pipes drain so the last lines are in stdout/stderr.
      setImmediate(() => {
        rejectUrl(new Error(`the local cloud exited (${signal ?? code}) before listening:\n${stderr}`));
        resolve({ code, signal, stdout, stderr });
      });
    });
  });

  return {
    child,
    url,
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
