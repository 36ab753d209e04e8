import { limitHeapGrowth } from './heap-growth';
import { main } from './spiral';

limitHeapGrowth();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
