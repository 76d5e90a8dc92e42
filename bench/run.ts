/** The entry of `npm run bench`: runs {@link benchMain} on the process and sets its exit code. */
import { benchMain } from './main.js';

process.exitCode = await benchMain(process.argv.slice(2));
