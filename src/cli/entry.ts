// The bundle's entry: run main and set the exit code without cutting stdout short.
import { main } from './main';
import { exitWhenDone } from './outcome';

exitWhenDone(main(process.argv.slice(2)));
