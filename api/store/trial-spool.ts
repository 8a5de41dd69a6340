import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where spools are written unless told otherwise: one directory per process under the system's temporary directory. */
let defaultDirectory: string | undefined;
function spoolDirectory(): string {
  defaultDirectory ??= mkdtempSync(join(tmpdir(), 'ics-trial-spool-'));
  return defaultDirectory;
}

/**
 * Every trial's row of one side of a long run (more than RESERVOIR_TRIALS
 * trials), written to a file as chunks come back, each at its trials' place
 * (so chunks may arrive in any order), and read back piece by piece when the
 * run is saved: the audit figures of a long run are never all in memory.
 * Float64 values in the machine's byte order, row after row.
 */
export class TrialSpool {
  private readonly path: string;
  private fd: number | undefined;

  /** @param rowValues values in one trial's row */
  constructor(
    readonly trials: number,
    readonly rowValues: number,
    directory: string = spoolDirectory(),
  ) {
    this.path = join(directory, `trials-${randomUUID()}.f64`);
    this.fd = openSync(this.path, 'w+');
  }

  /** Bytes of every row. */
  get byteLength(): number {
    return this.trials * this.rowValues * 8;
  }

  /**
   * Writes whole rows, trial `firstTrial` first.
   * @throws RangeError when they are not whole rows or fall outside the run
   */
  write(firstTrial: number, values: Float64Array): void {
    if (values.length % this.rowValues !== 0 || firstTrial < 0 || firstTrial + values.length / this.rowValues > this.trials) {
      throw new RangeError(`TrialSpool: ${values.length} values from trial ${firstTrial} are not whole rows of trials 0..${this.trials - 1}`);
    }
    const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    let written = 0;
    while (written < bytes.length) written += writeSync(this.open(), bytes, written, bytes.length - written, firstTrial * this.rowValues * 8 + written);
  }

  /** The values in bytes `byteOffset .. byteOffset + byteLength` (multiples of 8). */
  read(byteOffset: number, byteLength: number): Float64Array {
    const values = new Float64Array(byteLength / 8);
    const bytes = Buffer.from(values.buffer);
    let read = 0;
    while (read < byteLength) {
      const count = readSync(this.open(), bytes, read, byteLength - read, byteOffset + read);
      if (count === 0) break;
      read += count;
    }
    return values;
  }

  /** Closes and deletes the file (safe to call twice). */
  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('TrialSpool: already removed');
    return this.fd;
  }
}
