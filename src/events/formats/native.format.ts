import { validateNativeEvent } from '../native.validate.js';
import type { InputFormat, Normalised } from './format.js';

/** Bulwark's own event format (PRODUCT.md "Native event"), one JSON object per record. */
export const nativeFormat: InputFormat = {
  name: 'native',
  encoding: 'json',
  normalise(record: unknown): Normalised {
    const result = validateNativeEvent(record);
    if (result.ok) return { kind: 'events', events: [result.draft] };
    return {
      kind: 'rejected',
      reason: result.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    };
  },
};
