import { soak } from './soak/soak-run';

/**
 * `npm run soak [-- runs [seed]]`: kills `spiral import` at random moments and prints how many runs
 * left the workbook old, new or broken. Exits 1 when any was broken, or a lock or temporary file
 * left by a killed run was not cleared by the next command.
 */
const runs = Number(process.argv[2] ?? 60);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const report = await soak({ runs, seed });
const lines = [
  `soak: ${report.runs} runs of "spiral import" (2000 rows) killed with SIGKILL at random moments (seed ${seed})`,
  `  one uninterrupted run: ${report.fullRunMs} ms`,
  `  workbook left old: ${report.old}   new: ${report.new}   broken: ${report.broken}   (must be 0 broken)`,
  `  locks left by killed runs: ${report.locksLeft}, taken over at once by the next command: ${report.locksTakenOver}`,
  `  temporary files left: ${report.temporaryLeft}, removed by the next command: ${report.temporaryRemoved}`,
  ...report.brokenDetails.map((d) => `  broken: ${d}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
const cleared =
  report.locksTakenOver === report.locksLeft && report.temporaryRemoved === report.temporaryLeft;
process.exitCode = report.broken === 0 && cleared ? 0 : 1;
