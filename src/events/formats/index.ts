import type { InputFormat } from './format.js';
import { nativeFormat } from './native.format.js';
import { vendorFormats } from './vendors.js';

const formats: readonly InputFormat[] = [nativeFormat, ...vendorFormats];

const byName = new Map(formats.map((f) => [f.name, f]));

export function findFormat(name: string): InputFormat | undefined {
  return byName.get(name);
}

export function formatNames(): string[] {
  return [...byName.keys()];
}
