// The bundle's entry: run main and set the exit code without cutting stdout short.
import { main } from './main';
import { printErrorText } from './print';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    printErrorText(`bluepacket: internal error\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
