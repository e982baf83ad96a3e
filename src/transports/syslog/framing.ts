/** A complete syslog message, or a piece of the stream that could not be one, with why. */
export type Frame =
  { kind: 'message'; text: string } | { kind: 'refused'; reason: string; raw: string };

/** Longest piece of a refused frame kept for the dead-letter store. */
const KEPT_BYTES = 4096;

/**
 * Splits a TCP or TLS syslog stream into messages. Each connection uses one framing, told by its
 * first byte (RFC 6587 §3.4): a digit means octet counting (`<length> <message>`), anything else
 * non-transparent framing (a message per line, ended by LF; a CR before it and trailing NULs are
 * dropped). Messages over `maxBytes` are refused and skipped without losing the frames after them;
 * a length field that is not a number loses the framing, so the rest of the connection is refused.
 */
export class SyslogFramer {
  private buffer: Buffer = Buffer.alloc(0);
  private mode: 'unknown' | 'octet' | 'lf' | 'lost' = 'unknown';
  /** Bytes still to drop from an oversized frame. */
  private skipping = 0;
  private skippedHead: Buffer | undefined;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): Frame[] {
    if (this.mode === 'lost') return [];
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    if (this.mode === 'unknown' && this.buffer.length > 0)
      this.mode = isDigit(this.buffer[0]) ? 'octet' : 'lf';
    return this.mode === 'octet' ? this.octetFrames() : this.lineFrames();
  }

  /** What is left when the connection ends: an unfinished frame is refused as truncated. */
  end(): Frame[] {
    const rest = this.buffer;
    this.buffer = Buffer.alloc(0);
    if (this.mode === 'lost') return [];
    if (this.mode === 'lf' && rest.length > 0 && this.skipping === 0) {
      const text = trimLine(rest);
      return text.trim() === '' ? [] : [{ kind: 'message', text }];
    }
    if (this.skipping > 0 || rest.length === 0) return [];
    const header = /^(\d+) /.exec(rest.subarray(0, 12).toString('latin1'));
    const expected = header ? Number(header[1]) : undefined;
    const got = header ? rest.length - header[0].length : rest.length;
    return [
      {
        kind: 'refused',
        reason: `truncated frame: the connection ended ${expected === undefined ? 'inside a length field' : `after ${got} of ${expected} bytes`}`,
        raw: kept(rest),
      },
    ];
  }

  private octetFrames(): Frame[] {
    const frames: Frame[] = [];
    for (;;) {
      if (this.skipping > 0 && !this.skip()) return frames;
      if (this.buffer.length === 0) return frames;
      const space = this.buffer.indexOf(0x20);
      const lengthText = this.buffer
        .subarray(0, space < 0 ? Math.min(this.buffer.length, 11) : space)
        .toString('latin1');
      if (
        !/^\d*$/.test(lengthText) ||
        lengthText.length > 10 ||
        (space < 0 && this.buffer.length > 10)
      )
        return [
          ...frames,
          this.lose(`octet counting: "${lengthText.slice(0, 20)}" is not a message length`),
        ];
      if (space < 0) return frames;
      const length = Number(lengthText);
      const start = space + 1;
      if (length > this.maxBytes) {
        frames.push({
          kind: 'refused',
          reason: `message of ${length} bytes is over the ${this.maxBytes}-byte limit`,
          raw: kept(this.buffer.subarray(start, start + Math.min(length, KEPT_BYTES))),
        });
        this.buffer = this.buffer.subarray(start);
        this.skipping = length;
        continue;
      }
      if (this.buffer.length < start + length) return frames;
      frames.push({
        kind: 'message',
        text: this.buffer.subarray(start, start + length).toString('utf8'),
      });
      this.buffer = this.buffer.subarray(start + length);
    }
  }

  private lineFrames(): Frame[] {
    const frames: Frame[] = [];
    for (;;) {
      const lf = this.buffer.indexOf(0x0a);
      if (this.skipping > 0) {
        if (lf < 0) {
          this.buffer = Buffer.alloc(0);
          return frames;
        }
        this.skipping = 0;
        this.buffer = this.buffer.subarray(lf + 1);
        continue;
      }
      if (lf < 0) {
        if (this.buffer.length > this.maxBytes) {
          frames.push({
            kind: 'refused',
            reason: `line longer than the ${this.maxBytes}-byte limit`,
            raw: kept(this.buffer),
          });
          this.buffer = Buffer.alloc(0);
          this.skipping = 1;
        }
        return frames;
      }
      const line = this.buffer.subarray(0, lf);
      this.buffer = this.buffer.subarray(lf + 1);
      if (line.length > this.maxBytes)
        frames.push({
          kind: 'refused',
          reason: `line longer than the ${this.maxBytes}-byte limit`,
          raw: kept(line),
        });
      else {
        const text = trimLine(line);
        if (text.trim() !== '') frames.push({ kind: 'message', text });
      }
    }
  }

  /** Drops bytes of an oversized frame; true when it is all dropped. */
  private skip(): boolean {
    const n = Math.min(this.skipping, this.buffer.length);
    this.skipping -= n;
    this.buffer = this.buffer.subarray(n);
    return this.skipping === 0;
  }

  private lose(reason: string): Frame {
    const raw = kept(this.buffer);
    this.mode = 'lost';
    this.buffer = Buffer.alloc(0);
    return { kind: 'refused', reason: `${reason}; the rest of this connection is not read`, raw };
  }
}

/** A UDP datagram is one message (RFC 5426); an oversized one is refused. */
export function datagramFrame(datagram: Buffer, maxBytes: number): Frame | undefined {
  if (datagram.length > maxBytes)
    return {
      kind: 'refused',
      reason: `datagram of ${datagram.length} bytes is over the ${maxBytes}-byte limit`,
      raw: kept(datagram),
    };
  const text = trimLine(datagram);
  return text.trim() === '' ? undefined : { kind: 'message', text };
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

function trimLine(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/[\r\n\0]+$/, '');
}

function kept(bytes: Buffer): string {
  const text = bytes.subarray(0, KEPT_BYTES).toString('utf8');
  return bytes.length > KEPT_BYTES ? `${text}…[${bytes.length} bytes]` : text;
}
