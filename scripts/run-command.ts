import { spawn } from 'node:child_process';

/** Keeps the end of a noisy build's output, to show when it fails. */
const TAIL_LINES = 60;

/**
 * Runs a build command with its output captured (or streamed with `verbose`); a non-zero exit rejects with the
 * output's last lines, which is where webpack and vite say what went wrong.
 */
export function runCommand(command: readonly [string, ...string[]], cwd: string, verbose: boolean): Promise<void> {
  const [program, ...args] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const collect = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
      if (verbose) stream.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n'));
      if (tail.length > TAIL_LINES * 4) tail.splice(0, tail.length - TAIL_LINES);
    };
    child.stdout.on('data', (chunk: Buffer) => collect(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => collect(chunk, process.stderr));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const output = tail.slice(-TAIL_LINES).join('\n');
      reject(new Error(`${command.join(' ')} exited with ${signal ?? code}\n${output}`));
    });
  });
}
