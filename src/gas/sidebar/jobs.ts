/**
 * A menu job started from the panel. google.script.run returns only what a function returns
 * synchronously, and Spiral's jobs are async (they resolve within the same execution, since Apps
 * Script runs pending promise jobs before the execution ends). So a job's record is kept in the
 * document's properties under an id, with its start time, and the panel asks for it by that id.
 * An execution killed at Apps Script's 6-minute limit never writes its outcome: a record still
 * running past JOB_LIMIT_MS reads as failed, and old records are pruned when a job starts.
 */
import { say } from '../../core/messages';
import type { GasServices, PropertiesApi } from '../gas-api';
import { type GasPorts, gasPorts } from '../gas-ports';
import { workbookLanguage } from '../menu-run';
import { failureMessage } from '../reports';

export type JobOutcome = { state: 'running' } | { state: 'done'; ok: boolean; message: string };

/** As stored: the outcome and when the job started (epoch ms). */
type JobRecord = JobOutcome & { startedAt: number };

export const JOB_PREFIX = 'spiral.sidebar.job.';
/** Apps Script ends an execution at 6 minutes; a job still running after 6.5 has been killed. */
export const JOB_LIMIT_MS = 390_000;
/** A record nobody read back (the panel was closed) is dropped after this long. */
const KEEP_MS = 3_600_000;
/** Apps Script refuses a property value over 9 KB; a longer message is cut to fit. */
const VALUE_BYTES = 8_000;

function store(gas: GasServices): PropertiesApi {
  const properties = gas.PropertiesService.getDocumentProperties();
  if (properties === null)
    throw new Error('Spiral: no document properties (the panel runs in a spreadsheet).');
  return properties;
}

/** Bytes of the text in UTF-8, as the property store counts them (a surrogate pair: 2 + 2). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function fitted(message: string): string {
  let text = message;
  while (utf8Bytes(text) > VALUE_BYTES) text = `${text.slice(0, Math.floor(text.length * 0.9))}…`;
  return text;
}

const save = (gas: GasServices, id: string, record: JobRecord) => {
  const value = record.state === 'done' ? { ...record, message: fitted(record.message) } : record;
  store(gas).setProperty(JOB_PREFIX + id, JSON.stringify(value));
};

/** Starts the job and returns its id; the outcome is saved when the job settles. */
export function startJob(gas: GasServices, work: (ports: GasPorts) => Promise<string>): { id: string } {
  const startedAt = Date.now();
  pruneJobs(gas, startedAt);
  const id = `${startedAt.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  save(gas, id, { state: 'running', startedAt });
  const run = async () => {
    try {
      save(gas, id, { state: 'done', ok: true, message: await work(gasPorts(gas)), startedAt });
    } catch (error) {
      console.error(error);
      let ports: GasPorts | undefined;
      try {
        ports = gasPorts(gas);
      } catch {
        ports = undefined;
      }
      const message = failureMessage(error, workbookLanguage(ports));
      save(gas, id, { state: 'done', ok: false, message, startedAt });
    }
  };
  // Settles before this execution ends (see above); its outcome is read back by jobOutcome.
  void run();
  return { id };
}

/**
 * The job's outcome, forgotten once it is done and read; a job running past JOB_LIMIT_MS is
 * reported failed in `lang`. Null for an id never started or already read.
 */
export function jobOutcome(gas: GasServices, id: string, lang: 'zh' | 'en'): JobOutcome | null {
  const key = JOB_PREFIX + String(id);
  const record = readRecord(store(gas).getProperty(key));
  if (record === null) return null;
  if (record.state === 'running' && Date.now() - record.startedAt <= JOB_LIMIT_MS)
    return { state: 'running' };
  store(gas).deleteProperty(key);
  if (record.state === 'running')
    return { state: 'done', ok: false, message: say(lang, 'sidebar.jobs.killed') };
  return { state: 'done', ok: record.ok, message: record.message };
}

/** Drops records of jobs that started over an hour ago: read or not, nobody waits for them any more. */
export function pruneJobs(gas: GasServices, now: number): number {
  const properties = store(gas);
  let dropped = 0;
  for (const [key, value] of Object.entries(properties.getProperties())) {
    if (!key.startsWith(JOB_PREFIX)) continue;
    const record = readRecord(value);
    if (record !== null && now - record.startedAt <= KEEP_MS) continue;
    properties.deleteProperty(key);
    dropped++;
  }
  return dropped;
}

function readRecord(text: string | null): JobRecord | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<JobRecord>;
    // A record written before records had a start time counts as started long ago.
    const startedAt = typeof value.startedAt === 'number' ? value.startedAt : 0;
    if (value.state === 'running') return { state: 'running', startedAt };
    if (value.state === 'done')
      return { state: 'done', ok: value.ok === true, message: String(value.message ?? ''), startedAt };
    return null;
  } catch {
    return null;
  }
}
