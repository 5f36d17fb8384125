import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipFiles } from './edition-zip';

describe('zipFiles', () => {
  it('packs every file under its name, a repeated name made unique', () => {
    const zip = zipFiles([
      { name: 'leaflet.ru.txt', bytes: strToU8('Привет') },
      { name: 'leaflet.de.txt', bytes: strToU8('Hallo') },
      { name: 'leaflet.de.txt', bytes: strToU8('Hallo 2') },
      { name: '../evil/name.txt', bytes: strToU8('x') },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['leaflet.ru.txt', 'leaflet.de.txt', 'leaflet.de (2).txt', '.._evil_name.txt']);
    expect(strFromU8(files['leaflet.ru.txt'])).toBe('Привет');
  });
});
