import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/corpus/decode.js';

const TEXT = 'The café owner said the crème brûlée was “the best” in town, at €4.';

describe('decodeArticle', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeArticle(Buffer.from(TEXT), 'a.txt', 'text')).toEqual({
      text: TEXT,
      encoding: 'utf-8',
    });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeArticle(withBom, 'a.txt', 'text')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeArticle(bytes, 'a.txt', 'text')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('detects Windows-1252, including its curly quotes and euro sign', () => {
    expect(decodeArticle(iconv.encode(TEXT, 'windows-1252'), 'a.txt', 'text')).toEqual({
      text: TEXT,
      encoding: 'windows-1252',
      detected: true,
    });
  });

  it('detects other single-byte encodings (Cyrillic windows-1251)', () => {
    const text =
      'Президент заявил в понедельник, что граница останется открытой, несмотря на давление соседних стран.';
    expect(decodeArticle(iconv.encode(text, 'windows-1251'), 'a.txt', 'text').text).toBe(text);
  });

  it("follows an HTML page's declared charset", () => {
    const html = '<meta charset="iso-8859-2"><p>Łódź: Zażółć gęślą jaźń.</p>';
    expect(decodeArticle(iconv.encode(html, 'iso-8859-2'), 'a.html', 'html')).toEqual({
      text: html,
      encoding: 'iso-8859-2',
    });
  });

  it('refuses bytes holding NULs, which no text holds, naming the file', () => {
    // A zip archive's header (a .docx renamed .txt).
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x81]);
    expect(() => decodeArticle(binary, 'sub/notes.txt', 'text')).toThrow(
      /^corpus: sub\/notes\.txt: is not text: it holds NUL bytes \(the first at byte 4\)/,
    );
  });

  // Invented sentences in each language; each file is the sentence alone, so chardet's ranking
  // has little to go on and the plausibility of the decoded text decides.
  const LEGACY: { language: string; encoding: string; text: string }[] = [
    {
      language: 'Polish',
      encoding: 'iso-8859-2',
      text: 'Łódź twinning agreement signed. The mayor of Łódź, Zdzisław Kępa, signed it.',
    },
    {
      language: 'Polish',
      encoding: 'iso-8859-2',
      text: 'Burmistrz Łodzi podpisał w środę umowę o współpracy z miastem nad jeziorem.',
    },
    {
      language: 'Czech',
      encoding: 'iso-8859-2',
      text: 'Starostka Žofie Nováková řekla, že most přes řeku bude opraven do září.',
    },
    {
      language: 'Hungarian',
      encoding: 'iso-8859-2',
      text: 'A győri polgármester szerint a hűvös idő miatt a fesztivált őszre halasztják.',
    },
    {
      language: 'Polish',
      encoding: 'windows-1250',
      text: 'Śląski urząd ogłosił, że żółte autobusy wrócą na trasę w poniedziałek.',
    },
    {
      language: 'Czech',
      encoding: 'windows-1250',
      text: 'Šéf dopravního podniku uvedl, že tramvaje pojedou přes Žižkov až od září.',
    },
    {
      language: 'Slovak',
      encoding: 'windows-1250',
      text: 'Ľudia v Košiciach čakali na vlak „dlhé hodiny“, povedal hovorca.',
    },
    {
      language: 'French',
      encoding: 'windows-1252',
      text: 'Le maire a déclaré que la fête aurait lieu à l’hôtel de ville après les élections.',
    },
    {
      language: 'French',
      encoding: 'latin1',
      text: 'Très bientôt, a précisé la préfète, les travaux reprendront à Besançon.',
    },
    {
      language: 'German',
      encoding: 'latin1',
      text: 'Die Bürgermeisterin sagte, die Brücke über die Straße werde im März geöffnet.',
    },
    {
      language: 'German',
      encoding: 'windows-1252',
      text: '„Wir schaffen das“, sagte der Bürgermeister über die Brücke.',
    },
    {
      language: 'Spanish',
      encoding: 'latin1',
      text: '¿Dónde está el dinero?, preguntó el alcalde de La Coruña a la señora Núñez.',
    },
    {
      language: 'Spanish',
      encoding: 'windows-1252',
      text: '¡Año nuevo, vida nueva!, dijo el señor Ibáñez en la ceremonia de Logroño.',
    },
    {
      language: 'English',
      encoding: 'windows-1252',
      text: 'The Acme® widget sold 5,000 units at £4 each, the café owner said.',
    },
  ];
  it.each(LEGACY)(
    'decodes $language in $encoding to the text it was written as',
    ({ encoding, text }) => {
      const decoded = decodeArticle(iconv.encode(text, encoding), 'a.txt', 'text');
      expect(decoded.text).toBe(text);
      expect(decoded.detected).toBe(true);
    },
  );

  it('follows a declared charset even where plausibility would choose another', () => {
    // Bytes that read as plain French in Windows-1252 but are declared ISO-8859-2.
    const html = '<meta charset="iso-8859-2"><p>Le maire a déclaré à la presse: très bien.</p>';
    const bytes = iconv.encode(html, 'windows-1252');
    const decoded = decodeArticle(bytes, 'a.html', 'html');
    expect(decoded.encoding).toBe('iso-8859-2');
    expect(decoded.text).toBe(iconv.decode(bytes, 'iso-8859-2'));
  });
});
