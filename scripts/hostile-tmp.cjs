const { parseDocument } = require('../libs/formats/dist/index.js');
const enc = (s) => new TextEncoder().encode(s);
function time(name, fn) { const t = Date.now(); try { fn(); console.log(name, 'ok', Date.now() - t, 'ms'); } catch (e) { console.log(name, 'ERR', e.code || '', String(e.message).slice(0, 100), Date.now() - t, 'ms'); } }
const n = Number(process.argv[2] || 10000);
time('html divs', () => parseDocument(enc('<html><body>' + '<div>'.repeat(n) + 'Hello world.' + '</div>'.repeat(n) + '</body></html>'), 'a.html', {}));
time('md quotes', () => parseDocument(enc('> '.repeat(Math.min(n, 3000)) + 'Hello world.\n'), 'a.md', {}));
let md = ''; for (let i = 0; i < Math.min(n, 300); i++) md += '  '.repeat(i) + '- item ' + i + '\n';
time('md list', () => parseDocument(enc(md), 'a.md', {}));
time('xliff', () => parseDocument(enc('<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="ru"><body><trans-unit id="1"><source>' + '<g id="1">'.repeat(n) + 'Hi' + '</g>'.repeat(n) + '</source></trans-unit></body></file></xliff>'), 'a.xlf', {}));
