// npm run bench: the whole report in one run, printed only (nothing is written into the project).
import { runDigestBench } from './digest';
import { runParserBench } from './parser';
import { runSheetsBench } from './sheets';
import { runSidebarBench } from './sidebar';
import { runSizesBench } from './sizes';

async function main(): Promise<void> {
  console.log('minuta bench');
  runParserBench();
  runSheetsBench();
  runDigestBench();
  await runSidebarBench();
  runSizesBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
