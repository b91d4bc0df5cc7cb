// .docx: the ZIP is inspected with JSZip before anything is inflated (it must be a ZIP, hold
// word/document.xml, and its central directory must not promise a zip bomb); then every entry mammoth
// will read is inflated once under a hard cap (in case the directory lies about sizes); then mammoth
// turns the document into HTML (images are never read) and the HTML path makes the segments.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { formatMegabytes } from '../decode';
import { ImportError } from './errors';
import { parseHtml } from './html';
import type { ImportedSegment } from './types';
import { firstChild, parseXml, textOf } from './xml';

export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_COMPRESSION_RATIO = 100;
/** Entries smaller than this are not held to the ratio (tiny, repetitive XML parts compress very well). */
const RATIO_MIN_BYTES = 1024 * 1024;

const NOT_DOCX = 'The file is not a valid .docx document';

/** JSZipObject#internalStream is documented by JSZip but missing from its typings. */
interface StreamableEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

interface EntrySizes {
  compressedSize: number;
  uncompressedSize: number;
}

export async function parseDocx(bytes: Uint8Array): Promise<{ segments: ImportedSegment[]; title?: string }> {
  const zip = await inspectDocx(bytes);
  await verifyInflatedSizes(zip);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (e) {
    throw new ImportError('malformed', `${NOT_DOCX}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { segments, title } = parseHtml(html);
  return { segments, title: (await coreTitle(zip)) ?? title };
}

/** Opens the ZIP (central directory only, nothing inflated) and rejects what is not a safe .docx. */
export async function inspectDocx(bytes: Uint8Array): Promise<JSZip> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError('unsupported', 'This is an old Word 97–2003 (.doc) file; save it as .docx and import it again.');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('malformed', `${NOT_DOCX} (it is not a ZIP archive).`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ImportError('malformed', `${NOT_DOCX} (the ZIP archive is corrupt: ${e instanceof Error ? e.message : String(e)}).`);
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sizes = entrySizes(entry);
    total += sizes.uncompressedSize;
    if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
      throw new ImportError(
        'too_large',
        `The .docx document would unpack to more than ${formatMegabytes(MAX_DOCX_UNCOMPRESSED_BYTES)}; it was refused without unpacking.`,
      );
    }
    const ratio = sizes.uncompressedSize / Math.max(1, sizes.compressedSize);
    if (sizes.uncompressedSize > RATIO_MIN_BYTES && ratio > MAX_DOCX_COMPRESSION_RATIO) {
      throw new ImportError(
        'malformed',
        `The .docx document looks like a zip bomb: "${entry.name}" is compressed ${Math.round(ratio)}:1 ` +
          `(more than ${MAX_DOCX_COMPRESSION_RATIO}:1); it was refused without unpacking.`,
      );
    }
  }
  if (!zip.file('word/document.xml')) {
    throw new ImportError('malformed', `${NOT_DOCX} (the ZIP archive has no word/document.xml).`);
  }
  return zip;
}

function entrySizes(entry: JSZip.JSZipObject): EntrySizes {
  // JSZip keeps the central directory's sizes on the (undocumented but stable since 3.0) _data object.
  const data = (entry as unknown as { _data?: Partial<EntrySizes> })._data;
  if (typeof data?.uncompressedSize !== 'number' || typeof data.compressedSize !== 'number') {
    throw new ImportError('malformed', `${NOT_DOCX} (cannot read the size of "${entry.name}").`);
  }
  return { compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize };
}

/** Inflates the parts mammoth reads, stopping as soon as one outgrows what the directory declared. */
async function verifyInflatedSizes(zip: JSZip): Promise<void> {
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name.startsWith('word/media/')) continue;
    const declared = entrySizes(entry).uncompressedSize;
    await new Promise<void>((resolve, reject) => {
      let seen = 0;
      const stream = (entry as unknown as StreamableEntry).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          seen += chunk.length;
          if (seen > declared) {
            stream.pause();
            reject(new ImportError('malformed', `${NOT_DOCX} ("${entry.name}" unpacks to more than its declared size).`));
          }
        })
        .on('error', (e: Error) => reject(new ImportError('malformed', `${NOT_DOCX} ("${entry.name}" cannot be unpacked: ${e.message}).`)))
        .on('end', () => resolve())
        .resume();
    });
  }
}

async function coreTitle(zip: JSZip): Promise<string | undefined> {
  const core = zip.file('docProps/core.xml');
  if (!core) return undefined;
  try {
    const root = parseXml(await core.async('string'), 'document properties');
    const title = firstChild(root, 'title');
    const text = title ? textOf(title).trim() : '';
    return text || undefined;
  } catch {
    return undefined;
  }
}
