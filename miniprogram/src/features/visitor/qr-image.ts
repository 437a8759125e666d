import { encode } from 'uqr';

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4;
const PIXELS_PER_MODULE = 8;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 of an ASCII string. WeChat's JS engine has neither `btoa` nor `Buffer`, and the SVG below is pure ASCII
 * (the link is a URL), so one byte per character is exact.
 */
export function base64OfAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const b1 = text.charCodeAt(i);
    const b2 = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const b3 = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    const bits = (b1 << 16) | (b2 << 8) | b3;
    out += BASE64.charAt((bits >> 18) & 63) + BASE64.charAt((bits >> 12) & 63);
    out += i + 1 < text.length ? BASE64.charAt((bits >> 6) & 63) : '=';
    out += i + 2 < text.length ? BASE64.charAt(bits & 63) : '=';
  }
  return out;
}

/**
 * A QR code of `text` as SVG: one path with a rectangle per horizontal run of dark modules, so a link's code is a
 * few hundred path commands rather than a node per module (which a WeChat page would have to render one by one).
 */
export function qrSvg(text: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  // Sized in whole pixels per module (WeChat's image does not take percentages in SVG): it scales cleanly.
  const pixels = size * PIXELS_PER_MODULE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${size} ${size}" ` +
    'shape-rendering="crispEdges">' +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

/** The QR code as an image source both builds show: WeChat's Image and the browser's <img> take SVG data URLs. */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml;base64,${base64OfAscii(qrSvg(text))}`;
}
