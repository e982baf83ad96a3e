/**
 * Splits a stream of text holding one JSON array into the text of each top-level element, without
 * holding the whole array in memory. It tracks only nesting depth and string state; the elements
 * themselves are parsed (and their syntax checked) by the caller.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private ended = false;
  private element = '';
  private index = 0;

  /** Feeds a chunk and returns the elements it completed, with their 1-based positions. */
  push(chunk: string): { text: string; index: number }[] {
    const out: { text: string; index: number }[] = [];
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (!this.started) {
        if (c === 91) {
          this.started = true;
          from = i + 1;
        } else if (!isSpace(c)) throw new Error('expected a JSON array starting with "["');
        continue;
      }
      if (this.ended) {
        if (!isSpace(c)) throw new Error('unexpected text after the end of the JSON array');
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || (c === 93 && this.depth > 0)) this.depth--;
      else if (this.depth === 0 && (c === 44 || c === 93)) {
        this.element += chunk.slice(from, i);
        this.emit(out);
        from = i + 1;
        if (c === 93) this.ended = true;
      }
    }
    if (this.started && !this.ended) this.element += chunk.slice(from);
    return out;
  }

  /** Call at the end of input; throws if the array never closed. */
  end(): void {
    if (!this.ended) throw new Error('the JSON array is not closed: the input ended early');
  }

  private emit(out: { text: string; index: number }[]): void {
    const text = this.element.trim();
    this.element = '';
    if (text === '') return;
    out.push({ text, index: ++this.index });
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}
