import { once } from 'node:events';
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { say } from '../../../core/messages';
import { cliLang } from '../../cli-lang';
import { UsageError } from '../../usage-error';

/** One entry of a zip's central directory, with where its compressed bytes are in the file. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the archive. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The entries of a zip archive (an .xlsx), read from its central directory. Only what Office files
 * use: stored or deflated entries, no encryption, no zip64 (an .xlsx over 4 GB cannot be opened here).
 */
export class ZipArchive {
  private constructor(
    readonly data: Buffer,
    readonly entries: Map<string, ZipEntry>,
    /** The file's name, for the sentence refusing a part too large. */
    readonly file: string,
    readonly maxPartBytes: number,
  ) {}

  static read(data: Buffer, file = '', maxPartBytes = MAX_PART_BYTES): ZipArchive {
    const end = findEndOfCentralDirectory(data);
    const count = data.readUInt16LE(end + 10);
    let at = data.readUInt32LE(end + 16);
    const entries = new Map<string, ZipEntry>();
    for (let i = 0; i < count; i++) {
      if (data.readUInt32LE(at) !== CENTRAL) throw new Error('damaged zip: central directory entry expected');
      const method = data.readUInt16LE(at + 10);
      const crc = data.readUInt32LE(at + 16);
      const compressedSize = data.readUInt32LE(at + 20);
      const size = data.readUInt32LE(at + 24);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const local = data.readUInt32LE(at + 42);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      if (data.readUInt32LE(local) !== LOCAL) throw new Error(`damaged zip: no local header for ${name}`);
      const dataStart = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      if (method !== STORED && method !== DEFLATED)
        throw new Error(`${name}: zip compression method ${method} is not supported`);
      entries.set(name, { name, method, crc, compressedSize, size, dataStart });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(data, entries, file, maxPartBytes);
  }

  /** Refuses a part whose declared size is over the bound (a zip bomb) before inflating it. */
  private bounded(entry: ZipEntry): void {
    if (entry.size > this.maxPartBytes) throw new PartTooLargeError(this.file, entry.name, this.maxPartBytes);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  raw(entry: ZipEntry): Buffer {
    return this.data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }

  /** The whole entry, inflated. */
  bytes(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`the workbook has no part ${name}`);
    this.bounded(entry);
    const raw = this.raw(entry);
    if (entry.method === STORED) return Buffer.from(raw);
    try {
      // The declared size may lie: the inflated bytes are bounded too.
      return inflateRawSync(raw, { maxOutputLength: this.maxPartBytes });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new PartTooLargeError(this.file, name, this.maxPartBytes);
      throw error;
    }
  }

  text(name: string): string {
    return this.bytes(name).toString('utf8');
  }

  /** The entry as UTF-8 text, inflated as it is read: the whole sheet is never in memory at once. */
  async *streamText(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`the workbook has no part ${name}`);
    this.bounded(entry);
    const raw = this.raw(entry);
    if (entry.method === STORED) {
      yield raw.toString('utf8');
      return;
    }
    const inflate = zlib.createInflateRaw({ chunkSize: 1 << 20 });
    inflate.end(raw);
    const decoder = new TextDecoder('utf-8');
    let inflated = 0;
    for await (const chunk of inflate) {
      inflated += (chunk as Buffer).length;
      if (inflated > this.maxPartBytes) {
        inflate.destroy();
        throw new PartTooLargeError(this.file, name, this.maxPartBytes);
      }
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  /**
   * The entry as UTF-8 text in pieces of about 4 MB, each cut before a '<' (never inside a character),
   * so a sheet of hundreds of megabytes is never one string.
   */
  *chunks(name: string, size = 4 << 20): Generator<string> {
    const bytes = this.bytes(name);
    let at = 0;
    while (at < bytes.length) {
      let end = Math.min(bytes.length, at + size);
      if (end < bytes.length) {
        const cut = bytes.indexOf(0x3c, end);
        end = cut < 0 ? bytes.length : cut;
      }
      yield bytes.toString('utf8', at, end);
      at = end;
    }
  }
}

/**
 * The most one part of an .xlsx may inflate to: under V8's longest string (about 512 M characters),
 * and far over a sheet of a million rows of a log. A zip bomb stops here, with a sentence.
 */
export const MAX_PART_BYTES = 480 * 1024 * 1024;

/** A part of the archive that inflates past MAX_PART_BYTES. */
export class PartTooLargeError extends UsageError {
  override name = 'PartTooLargeError';
  constructor(file: string, part: string, limit: number) {
    super(say(cliLang(), 'cli.partTooLarge', { file, part, limit: Math.round(limit / (1024 * 1024)) }));
  }
}

function findEndOfCentralDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

/** An entry of the archive being written: copied compressed as it was, or new content. */
type ZipContent =
  | { name: string; copy: ZipEntry }
  | { name: string; content: Buffer; store?: boolean }
  | { name: string; pieces: AsyncIterable<Buffer> };

/** An entry of the archive being written; `later` is asked for its content once the entries before it are written. */
export type ZipOut = ZipContent | { name: string; later: () => ZipContent };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer, previous = 0): number {
  // zlib.crc32 arrived in Node 20.15; the table is the fallback.
  const native = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (native) return native(data, previous) >>> 0;
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Deflates content that arrives in pieces, so a sheet of hundreds of megabytes is never one buffer. */
async function deflatePieces(
  pieces: AsyncIterable<Buffer>,
): Promise<{ crc: number; size: number; body: Buffer }> {
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  for await (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { crc, size, body: Buffer.concat(out) };
}

/**
 * Writes a zip: copied entries keep their compressed bytes (no inflate, no deflate), new ones are
 * deflated. Returns the whole archive, ready for an atomic write.
 */
export async function writeZip(source: ZipArchive | null, entries: readonly ZipOut[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const listed of entries) {
    const entry = 'later' in listed ? listed.later() : listed;
    let method: number;
    let crc: number;
    let size: number;
    let body: Buffer;
    if ('pieces' in entry) {
      method = DEFLATED;
      ({ crc, size, body } = await deflatePieces(entry.pieces));
    } else if ('copy' in entry) {
      if (!source) throw new Error('copying an entry needs the source archive');
      ({ method, crc, size } = entry.copy);
      body = source.raw(entry.copy);
    } else {
      crc = crc32(entry.content);
      size = entry.content.length;
      // A PNG is compressed already; a big sheet deflates fast at level 1, a little larger.
      method = entry.store ? STORED : DEFLATED;
      body = entry.store ? entry.content : deflateRawSync(entry.content, { level: size > 1 << 20 ? 1 : 6 });
    }
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01: a fixed time, so equal content gives equal bytes
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, body);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
