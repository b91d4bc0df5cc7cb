// Countries and large cities in their own language's spelling, in ASCII letters as a source or a
// translator types them (Lisboa for Lisbon, Milano, Wien, Praha, Deutschland): Korean news writes
// them in Hangul like their English names (world-places.data.ts holds the English). Only spellings
// that differ from the English and are not English words of their own; accented forms (München,
// Zürich, España) are not read by the Latin-name pattern and are left out.
export const ENDONYMS = new Set(
  (
    'Lisboa Roma Milano Napoli Torino Firenze Venezia Genova Palermo Wien Praha Warszawa Wroclaw Moskva Kyiv Kiev ' +
    'Sevilla Bruxelles Brussel Athina Beograd Bucuresti Sofiya Koeln Muenchen Nuernberg Geneve Gdansk ' +
    'Deutschland Italia Espana Brasil Polska Nederland Sverige Norge Danmark Suomi Hellas Schweiz Suisse Svizzera ' +
    'Osterreich Oesterreich Magyarorszag Hrvatska Srbija Cesko Slovensko Eesti Latvija Lietuva Rossiya Nippon ' +
    'Zhongguo Misr Bharat Turkiye Kobenhavn Goteborg Antwerpen Lyon Marseille'
  ).split(' '),
);
