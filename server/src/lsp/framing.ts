// Re-synchronising message framing for --stdio (and --socket): the stock reader of vscode-jsonrpc stops making sense
// of the stream after one wrong Content-Length (it reads the next message's bytes as a body, then a body as
// headers) and the server never answers again. This transform passes on only well-framed messages whose body is a
// JSON-RPC message; on anything else it drops bytes up to the next "Content-Length:" header and carries on.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_START = Buffer.from('Content-Length:');
/** A body larger than this is taken for a framing error rather than buffered. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** A header as it appears inside a body that swallowed the next message. */
const NEXT_HEADER = /Content-Length:[ \t]*\d{1,10}\r\n(?:[A-Za-z-]{1,40}:[^\r\n]{0,200}\r\n){0,4}\r\n/;
/** Headers longer than this are garbage. */
const MAX_HEADER_BYTES = 8 * 1024;

export class ResyncingFramer extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Malformed messages dropped so far (for the log). */
  dropped = 0;

  constructor(private readonly onDrop: (why: string) => void = () => {}) {
    super();
  }

  /** Chunks not yet joined to the buffer: a large body arrives in many chunks, joined once it is complete. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The buffer length the message being received needs. */
  private needed = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // a raw line feed cannot be inside a JSON string: it may start the next message's header (see drain)
    if (this.buffer.length + this.pendingBytes >= this.needed || chunk.includes(0x0a)) {
      this.buffer = Buffer.concat([this.buffer, ...this.pending]);
      this.pending = [];
      this.pendingBytes = 0;
      this.needed = 0;
      this.drain();
    }
    done();
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES && !this.buffer.subarray(0, HEADER_START.length).equals(HEADER_START)) this.skip('no header');
        return;
      }
      const length = headerEnd <= MAX_HEADER_BYTES ? contentLength(this.buffer.subarray(0, headerEnd).toString('latin1')) : undefined;
      if (length === undefined || length > MAX_BODY_BYTES) {
        this.skip('a malformed header');
        continue;
      }
      const total = headerEnd + HEADER_END.length + length;
      if (this.buffer.length < total) {
        // a Content-Length too long by a little or a lot: a following message's header shows in the partial body
        // (valid JSON never holds "Content-Length: N" and a blank line outside a string, nor raw line breaks in one)
        const partial = this.buffer.subarray(headerEnd + HEADER_END.length);
        if (partial.includes(HEADER_END) && NEXT_HEADER.test(partial.toString('latin1'))) {
          this.skip('a Content-Length longer than its body');
          continue;
        }
        this.needed = total; // the rest of the body has not arrived
        return;
      }
      const body = this.buffer.subarray(headerEnd + HEADER_END.length, total);
      if (!isJsonRpcMessage(body)) {
        this.skip('a body that is not a JSON-RPC message (bad JSON, no method, or a wrong Content-Length)');
        continue;
      }
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), body]));
      this.buffer = this.buffer.subarray(total);
    }
  }

  /** Drops the bytes before the next "Content-Length:" after the first byte (or all but a possible partial one). */
  private skip(why: string): void {
    this.dropped++;
    this.onDrop(why);
    const next = this.buffer.indexOf(HEADER_START, 1);
    this.buffer = next >= 0 ? this.buffer.subarray(next) : this.buffer.subarray(Math.max(1, this.buffer.length - HEADER_START.length + 1));
  }
}

/** The Content-Length of a header block whose every line is `Name: value`; undefined when it is not one. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[A-Za-z][A-Za-z0-9-]*$/.test(line.slice(0, colon))) return undefined;
    if (line.slice(0, colon).toLowerCase() === 'content-length') {
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,10}$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length;
}

/**
 * A request, notification or response. Anything else is dropped here: vscode-jsonrpc would log the whole message at
 * error level, and a malformed message can carry draft text, which must not reach the log.
 */
function isJsonRpcMessage(body: Buffer): boolean {
  try {
    const v = JSON.parse(body.toString('utf8')) as Record<string, unknown> | null;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    return typeof v.method === 'string' || ('id' in v && ('result' in v || 'error' in v));
  } catch {
    return false;
  }
}
