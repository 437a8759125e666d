import { runLocalCloud } from './run-local-cloud';

/** `tsx cloudfunctions/local/serve.ts`: the local cloud without the build step (what `npm start` runs after it). */
void runLocalCloud();
