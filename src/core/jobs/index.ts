/** The jobs folder's public entry: what the shells (cli, gas, tools) import from it. */

export { classifyMessage, installMessage, scorecardMessage, summaryMessage } from './job-messages';
export {
  IMPORT_TARGETS,
  type ImportInput,
  importTable,
  JOB_IDS,
  JOBS,
  type Job,
  type JobEntry,
  type JobId,
  type JobInput,
  jobCommands,
  jobEntries,
  jobProblems,
  type PeriodChoice,
  runJob,
  SHELL_JOBS,
} from './job-table';
export { monthScorecard } from './month-scorecard';
