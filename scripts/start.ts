import { runLocalCloud } from '../cloudfunctions/local/run-local-cloud';
import { buildAll, describeBuildError } from './build';

/**
 * `npm start`: brings the builds up to date (only what changed), then runs the local cloud in this process and
 * prints its URLs. `npm start -- --skip-build` starts from the builds as they are.
 */
async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    try {
      await buildAll({ force: process.argv.includes('--force') });
    } catch (error) {
      process.stderr.write(`${describeBuildError(error)}\n`);
      process.exit(1);
    }
  }
  await runLocalCloud();
}

void main();
