// One-shot worker for the PDF printer (print-fonts.ts): cuts the print face out of a TrueType
// collection (Noto Serif CJK KR is one face of Debian's NotoSerifCJK-*.ttc), subsets it to the
// edition's characters with subset-font (HarfBuzz, WebAssembly) and posts the small fonts back.
// A worker of its own because HarfBuzz's WebAssembly heap grows to hold the 24 MB face and never
// shrinks: when the worker exits, that memory goes with it. Plain CommonJS, loaded from disk.
// workerData: { text, faces: [{ file, family, weight }] } → [{ weight, bytes: Uint8Array }] or { error }.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');

/** The family names (name ID 1 and 16) of the face whose table directory starts at `off`. */
function familyNames(buf, off) {
  const numTables = buf.readUInt16BE(off + 4);
  for (let i = 0; i < numTables; i += 1) {
    const r = off + 12 + 16 * i;
    if (buf.toString('latin1', r, r + 4) !== 'name') continue;
    const t = buf.readUInt32BE(r + 8);
    const count = buf.readUInt16BE(t + 2);
    const strings = t + buf.readUInt16BE(t + 4);
    const names = [];
    for (let k = 0; k < count; k += 1) {
      const e = t + 6 + 12 * k;
      const platform = buf.readUInt16BE(e);
      const nameId = buf.readUInt16BE(e + 6);
      if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
      const len = buf.readUInt16BE(e + 8);
      const at = strings + buf.readUInt16BE(e + 10);
      names.push(
        Buffer.from(buf.subarray(at, at + len))
          .swap16()
          .toString('utf16le'),
      );
    }
    return names;
  }
  return [];
}

/** The named face as a standalone OpenType font (tables copied, offsets rewritten); a plain font file as it is. */
function faceOf(buf, family) {
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return buf;
  const faces = buf.readUInt32BE(8);
  for (let f = 0; f < faces; f += 1) {
    const off = buf.readUInt32BE(12 + 4 * f);
    if (!familyNames(buf, off).includes(family)) continue;
    const numTables = buf.readUInt16BE(off + 4);
    const tables = [];
    for (let i = 0; i < numTables; i += 1) {
      const r = off + 12 + 16 * i;
      tables.push({ record: r, at: buf.readUInt32BE(r + 8), len: buf.readUInt32BE(r + 12) });
    }
    let size = 12 + 16 * numTables;
    for (const t of tables) size += (t.len + 3) & ~3;
    const out = Buffer.alloc(size);
    buf.copy(out, 0, off, off + 12);
    let pos = 12 + 16 * numTables;
    tables.forEach((t, i) => {
      const r = 12 + 16 * i;
      buf.copy(out, r, t.record, t.record + 8); // tag and checksum
      out.writeUInt32BE(pos, r + 8);
      out.writeUInt32BE(t.len, r + 12);
      buf.copy(out, pos, t.at, t.at + t.len);
      pos += (t.len + 3) & ~3;
    });
    return out;
  }
  throw new Error(`${family} is not in the collection`);
}

async function main() {
  const subsetFont = require('subset-font');
  const fonts = [];
  for (const face of workerData.faces) {
    const font = faceOf(fs.readFileSync(face.file), face.family);
    const bytes = await subsetFont(font, workerData.text, { targetFormat: 'sfnt' });
    fonts.push({ weight: face.weight, bytes: new Uint8Array(bytes) });
  }
  return fonts;
}

main().then(
  (fonts) =>
    parentPort.postMessage(
      fonts,
      fonts.map((f) => f.bytes.buffer),
    ),
  (e) => parentPort.postMessage({ error: String(e && e.message ? e.message : e) }),
);
