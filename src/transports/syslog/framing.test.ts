import { describe, expect, it } from 'vitest';
import { datagramFrame, SyslogFramer } from './framing.js';

const msg = '<134>1 2026-05-04T12:00:00Z host app - - - CEF:0|V|P|1|100|Name|5|duser=a@example.com';
const octet = (m: string) => `${Buffer.byteLength(m)} ${m}`;

function feed(framer: SyslogFramer, text: string, pieces = 1) {
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / pieces);
  const frames = [];
  for (let i = 0; i < bytes.length; i += size)
    frames.push(...framer.push(bytes.subarray(i, i + size)));
  return frames;
}

describe('SyslogFramer, octet counting', () => {
  it('splits messages however the stream is chunked', () => {
    for (const pieces of [1, 3, 17, 200]) {
      const framer = new SyslogFramer(4096);
      const frames = feed(framer, octet(msg) + octet('second message') + octet('ünïcode'), pieces);
      expect(
        frames.map((f) => (f.kind === 'message' ? f.text : f.reason)),
        `${pieces}`,
      ).toEqual([msg, 'second message', 'ünïcode']);
      expect(framer.end()).toEqual([]);
    }
  });

  it('refuses a truncated last frame, saying how much came', () => {
    const framer = new SyslogFramer(4096);
    const frames = feed(framer, octet(msg) + '100 <134>1 cut short');
    expect(frames).toHaveLength(1);
    expect(framer.end()).toEqual([
      expect.objectContaining({
        kind: 'refused',
        reason: 'truncated frame: the connection ended after 16 of 100 bytes',
      }),
    ]);
  });

  it('skips an oversized message and keeps the frames after it', () => {
    const framer = new SyslogFramer(500);
    const big = 'x'.repeat(2000);
    const frames = feed(framer, octet(big) + octet('after'), 7);
    expect(frames.map((f) => f.kind)).toEqual(['refused', 'message']);
    expect(frames[0]).toMatchObject({ reason: 'message of 2000 bytes is over the 500-byte limit' });
    expect(frames[1]).toEqual({ kind: 'message', text: 'after' });
  });

  it('stops reading a connection whose length field is not a number', () => {
    const framer = new SyslogFramer(4096);
    const frames = feed(framer, octet('ok') + '12x3 garbage' + octet('never'));
    expect(frames.map((f) => f.kind)).toEqual(['message', 'refused']);
    expect(frames[1]).toMatchObject({ reason: expect.stringMatching(/not a message length/) });
    expect(framer.push(Buffer.from(octet('more')))).toEqual([]);
  });
});

describe('SyslogFramer, LF framing', () => {
  it('splits lines, drops CR and blank lines, and keeps a last line without LF', () => {
    const framer = new SyslogFramer(4096);
    const frames = feed(framer, `${msg}\r\n\nsecond\n<13>third`, 5);
    expect(frames.map((f) => (f.kind === 'message' ? f.text : ''))).toEqual([msg, 'second']);
    expect(framer.end()).toEqual([{ kind: 'message', text: '<13>third' }]);
  });

  it('refuses a line over the limit and resumes at the next line', () => {
    const framer = new SyslogFramer(500);
    const frames = feed(framer, `<13>${'y'.repeat(3000)}\n<13>fine\n`, 9);
    expect(frames.map((f) => f.kind)).toEqual(['refused', 'message']);
    expect(frames[1]).toEqual({ kind: 'message', text: '<13>fine' });
  });
});

describe('datagramFrame', () => {
  it('is one message per datagram, refused over the limit', () => {
    expect(datagramFrame(Buffer.from(`${msg}\n`), 4096)).toEqual({ kind: 'message', text: msg });
    expect(datagramFrame(Buffer.alloc(600, 0x41), 500)).toMatchObject({ kind: 'refused' });
    expect(datagramFrame(Buffer.from('\n'), 500)).toBeUndefined();
  });
});
