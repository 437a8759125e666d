import fc from 'fast-check';
import { encode } from 'uqr';
import { base64OfAscii, qrDataUrl, qrSvg } from './qr-image';

/** Paints the SVG's runs back onto a grid, to compare with the encoder's modules. */
function paint(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  for (const run of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, width, back] = run.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(width);
    for (let i = x; i < x + width; i += 1) {
      const row = grid[y];
      if (row) row[i] = true;
    }
  }
  return grid;
}

const LINK = 'http://127.0.0.1:8080/v/pass_4fJ9kQ2mZx7TbW1c';

describe('QR image of a pass link', () => {
  it('draws exactly the modules the encoder produced, with a quiet zone of 4', () => {
    const expected = encode(LINK, { ecc: 'M', border: 4 });
    const svg = qrSvg(LINK);
    expect(paint(svg)).toEqual(expected.data);
    expect(expected.data[0]?.every((module) => !module)).toBe(true);
    // Top-left finder pattern: a dark 7×7 ring starting inside the quiet zone.
    expect(expected.data[4]?.slice(4, 11)).toEqual(Array(7).fill(true));
  });

  it('gives a different code for a different token', () => {
    expect(qrSvg(`${LINK}x`)).not.toBe(qrSvg(LINK));
  });

  it('is an SVG data URL an image can show', () => {
    const url = qrDataUrl(LINK);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(url.slice('data:image/svg+xml;base64,'.length), 'base64').toString('latin1');
    expect(svg).toBe(qrSvg(LINK));
  });

  it('encodes ASCII to base64 as Node does, for every length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(base64OfAscii(text)).toBe(Buffer.from(text, 'latin1').toString('base64'));
      }),
    );
  });
});
