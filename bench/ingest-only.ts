// Quick run of the ingest benchmark alone: npx tsx bench/ingest-only.ts [events]
import { benchIngest } from './ingest.bench.js';

const count = Number(process.argv[2] ?? 200_000);
for (const dialect of ['sqlite', 'postgres'] as const) {
  const r = await benchIngest(dialect, count);
  console.log(`${dialect}: bulwark ${Math.round(r.bulwarkRate)} ev/s, bare ${Math.round(r.bareRate)} ev/s, ratio ${r.ratio.toFixed(2)} (stored ${r.stored})`);
}
