/**
 * A menu job started from the panel. google.script.run returns only what a function returns
 * synchronously, and Spiral's jobs are async (they resolve within the same execution, since Apps
 * Script runs pending promise jobs before the execution ends). So a job's outcome is kept in the
 * user's properties under an id, and the panel asks for it by that id.
 */
import type { GasServices, PropertiesApi } from '../gas-api';
import { type GasPorts, gasPorts } from '../gas-ports';
import { workbookLanguage } from '../menu-run';
import { failureMessage } from '../reports';

export type JobOutcome = { state: 'running' } | { state: 'done'; ok: boolean; message: string };

const PREFIX = 'spiral.sidebar.job.';

const store = (gas: GasServices): PropertiesApi => gas.PropertiesService.getUserProperties();

const save = (gas: GasServices, id: string, outcome: JobOutcome) =>
  store(gas).setProperty(PREFIX + id, JSON.stringify(outcome));

/** Starts the job and returns its id; the outcome is saved when the job settles. */
export function startJob(gas: GasServices, work: (ports: GasPorts) => Promise<string>): { id: string } {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  save(gas, id, { state: 'running' });
  const run = async () => {
    try {
      save(gas, id, { state: 'done', ok: true, message: await work(gasPorts(gas)) });
    } catch (error) {
      console.error(error);
      let ports: GasPorts | undefined;
      try {
        ports = gasPorts(gas);
      } catch {
        ports = undefined;
      }
      save(gas, id, { state: 'done', ok: false, message: failureMessage(error, workbookLanguage(ports)) });
    }
  };
  // Settles before this execution ends (see above); its outcome is read back by jobOutcome.
  void run();
  return { id };
}

/** The job's outcome, forgotten once it is done and read; null for an id never started or already read. */
export function jobOutcome(gas: GasServices, id: string): JobOutcome | null {
  const key = PREFIX + String(id);
  const text = store(gas).getProperty(key);
  if (text === null) return null;
  const outcome = JSON.parse(text) as JobOutcome;
  if (outcome.state === 'done') store(gas).deleteProperty(key);
  return outcome;
}
