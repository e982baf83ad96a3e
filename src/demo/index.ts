/**
 * The demo organisation generator behind `bulwark demo`: a directory, an access snapshot and the
 * organisation's vendor signals, deterministic for a seed (docs/demo.md describes the model).
 */
export {
  accessCsv,
  accessHeader,
  csvField,
  csvLines,
  directoryCsv,
  directoryHeader,
} from './csv.js';
export {
  demoFormats,
  SCANNER_NETWORK,
  type DemoFormat,
  type JsonRecord,
} from './formats/common.js';
export type {
  AccessRow,
  DemoOrganisation,
  DirectoryRow,
  HiddenTraits,
  Member,
} from './org/model.js';
export { generateOrganisation } from './org/organisation.js';
export {
  defaultDemoOptions,
  demoLimits,
  parseDemoOptions,
  type DemoOptions,
  type DemoOptionsInput,
} from './options.js';
export { generateSignals, type DemoSignal } from './signals.js';
export type { Trace, TracedSignal } from './world/output.js';
export { simulate } from './world/simulate.js';
