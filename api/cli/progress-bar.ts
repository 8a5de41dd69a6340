/**
 * A one-line progress bar on a terminal (stderr), redrawn in place, with the
 * time left estimated from the rate so far. Silent when stderr is not a
 * terminal, so piped output stays clean.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; finish(): void } {
  const started = performance.now();
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      const now = performance.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const elapsed = (now - started) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : Number.NaN;
      const eta = Number.isFinite(left) ? `${left.toFixed(1)}s left` : '';
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} trials ${eta}   `);
    },
    finish() {
      if (stream.isTTY) stream.write('\r\x1b[2K');
    },
  };
}
