// npm run bench: the whole report in one run, printed only (nothing is written into the project).
import { runDigestBench } from './digest';
import { runParserBench } from './parser';
import { runSheetsBench } from './sheets';
import { runSidebarBench } from './sidebar';
import { runSizesBench } from './sizes';

/** The report's sections in order, by the number they print under. */
const SECTIONS: Array<() => void | Promise<void>> = [
  runParserBench,
  runSheetsBench,
  runDigestBench,
  runSidebarBench,
  runSizesBench,
];

/** `npx tsx bench/run.ts 4` runs section 4 alone; no argument runs them all. */
function chosenSections(argument: string | undefined): Array<() => void | Promise<void>> {
  if (argument === undefined) return SECTIONS;
  const chosen = SECTIONS[Number(argument) - 1];
  if (!chosen) throw new Error(`No bench section ${argument}: choose 1 to ${SECTIONS.length}`);
  return [chosen];
}

async function main(): Promise<void> {
  console.log('minuta bench');
  for (const section of chosenSections(process.argv[2])) await section();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
