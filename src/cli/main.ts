import { main } from './spiral';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
