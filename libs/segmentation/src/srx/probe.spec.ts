import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SrxRules } from './srx-rules';
const dir = path.resolve(__dirname, '../../../../../shared/corpus/segmentation/srx');
it('probe', () => {
  for (const f of ['okapi_defaultSegmentation_2013.srx', 'languagetool_segment.srx', 'omegat_defaultRules.srx']) {
    const t0 = Date.now();
    const r = SrxRules.parse(readFileSync(path.join(dir, f), 'utf8'));
    const lines = [f, `parse ${Date.now() - t0}ms cascade=${r.cascade}`, 'problems ' + r.problems.length, ...r.problems.slice(0, 8).map((p) => JSON.stringify(p))];
    for (const lang of ['en', 'de', 'ru', 'en_US']) {
      lines.push(lang + ' ' + r.languageRulesFor(lang).join(','));
    }
    lines.push(JSON.stringify(r.split('Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? Yes! The end.', 'en').map((s) => s.text)));
    lines.push(JSON.stringify(r.split('Wir brauchen z. B. Wasser. Das ist am 3. Oktober gut. Ende.', 'de').map((s) => s.text)));
    lines.push(JSON.stringify(r.split('В 2010 г. Виктор посещал г. Волгоград. Он устал! Потом ушёл.', 'ru').map((s) => s.text)));
    console.log(lines.join('\n'));
  }
});
