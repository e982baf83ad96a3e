import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, extra?: string): void;
  stop(): void;
}

/**
 * A progress display on standard error: a bar on a terminal, otherwise a line every few seconds,
 * so that long imports show they are alive without flooding logs.
 */
export function startProgress(label: string, total: number, unit: 'bytes' | 'rows'): Progress {
  if (process.stderr.isTTY) return terminalBar(label, total, unit);
  return periodicLines(label, total, unit);
}

function terminalBar(label: string, total: number, unit: 'bytes' | 'rows'): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit === 'bytes' ? 'MB' : 'rows'} | {extra}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const scale = unit === 'bytes' ? 1 / 1e6 : 1;
  bar.start(Math.max(1, round(total * scale)), 0, { extra: '' });
  return {
    update: (done, extra = '') => bar.update(round(done * scale), { extra }),
    stop: () => bar.stop(),
  };
}

function periodicLines(label: string, total: number, unit: 'bytes' | 'rows'): Progress {
  let last = 0;
  return {
    update(done, extra = '') {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      const share = total > 0 ? ` (${Math.min(100, Math.round((done / total) * 100))}%)` : '';
      process.stderr.write(
        `${label}: ${unit === 'bytes' ? `${round(done / 1e6)} MB` : `${done} rows`}${share} ${extra}\n`,
      );
    },
    stop() {},
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
