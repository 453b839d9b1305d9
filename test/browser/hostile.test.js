// test/browser/hostile.test.js — the rendered report of a database holding hostile rows (model ids,
// authors, tags, and a user section whose title, definition and data window are HTML) must show
// that text as text.  report.md is rendered by markdown-it with raw HTML allowed (as GitHub and
// most renderers pass it through before sanitising), report.html is loaded as it is; both pages go
// to headless Chromium, which must find no element, attribute or URL the data put there: no
// script, iframe, img, object, embed, form, style or link beyond the report's own, no on*
// attribute, no javascript: URL, no dialog opened, every Markdown table row with as many cells as
// its header, and every hostile string shown verbatim.  Prints TAP lines and "N passed, N failed".
//
//   node hostile.test.js REPORT.md REPORT.html
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const MarkdownIt = require('markdown-it');
const { chromium } = require('playwright-core');
const { check, finish } = require('./tap');

// the hostile texts the test data plants (test/browser/hostile.jsonl and tools/test.sh)
const HOSTILE = [
    'evil"><script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '<b onmouseover=alert(3)>bold</b>',
    '[click](javascript:alert(4))',
    'pipe|in|cell',
    '<script>alert(5)</script> hostile title',
    '<iframe src="javascript:alert(6)"></iframe>',
    '`tick` *star* _under_ \\back',
    '<svg onload=alert(7)>',
];

const mdPath = path.resolve(process.argv[2] || '');
const htmlPath = path.resolve(process.argv[3] || '');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

// what the page holds that data could have put there, and its visible text
function inspect() {
    const bad = [];
    const ownTags = new Set(['style', 'meta', 'title']);
    for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'img', 'object', 'embed', 'form', 'input', 'link', 'base', 'frame'].includes(tag))
            bad.push(`<${tag}> element`);
        if (tag === 'style' && el.closest('body'))
            bad.push('<style> element in the body');
        for (const a of el.attributes) {
            if (a.name.toLowerCase().startsWith('on'))
                bad.push(`${a.name} attribute on <${tag}>`);
            if (/^\s*javascript:/i.test(a.value))
                bad.push(`javascript: URL in ${a.name} of <${tag}>`);
        }
        if (!ownTags.has(tag) && el.closest('head') && tag !== 'head')
            bad.push(`<${tag}> in the head`);
    }
    const tables = [...document.querySelectorAll('table')].map((t) => {
        const head = t.querySelectorAll('thead th').length;
        const rows = [...t.querySelectorAll('tbody tr')].map((r) => r.children.length);
        return { head, rows };
    });
    return { bad, tables, text: document.body.innerText, links: document.querySelectorAll('a[href]').length };
}

// load one page from a file and return what inspect() sees, with any dialogs it opened
async function look(context, file) {
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith('file:') ? route.continue() : route.abort();
    });
    await page.goto('file://' + file, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const facts = await page.evaluate(inspect);
    await page.close();
    facts.dialogs = dialogs;
    return facts;
}

// the checks both renderings must pass
function verify(label, facts, { tables }) {
    check(facts.bad.length === 0, `${label}: no element, attribute or URL from the data`, facts.bad.slice(0, 20));
    check(facts.dialogs.length === 0, `${label}: no dialog opened`, facts.dialogs);
    for (const h of HOSTILE)
        check(facts.text.includes(h), `${label}: shows ${JSON.stringify(h)} as text`);
    if (tables) {
        const broken = facts.tables.filter((t) => t.rows.some((c) => c !== t.head));
        check(facts.tables.length > 0 && broken.length === 0,
              `${label}: every table row has as many cells as its header (${facts.tables.length} tables)`,
              broken.slice(0, 5).map((t) => `header ${t.head}, rows ${t.rows.join(',')}`));
        check(facts.links === 0, `${label}: no links (the report writes none)`, [`${facts.links} links`]);
    }
}

async function main() {
    for (const f of [mdPath, htmlPath])
        if (!fs.existsSync(f)) {
            check(false, `input exists: ${f}`);
            return;
        }
    const md = new MarkdownIt({ html: true, linkify: false });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hfstate-hostile-'));
    const rendered = path.join(dir, 'report.md.html');
    fs.writeFileSync(rendered, '<!doctype html><html><head><meta charset="utf-8"><title>report.md</title></head><body>'
        + md.render(fs.readFileSync(mdPath, 'utf8')) + '</body></html>');
    const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
        executablePath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        verify('report.md rendered by markdown-it', await look(context, rendered), { tables: true });
        verify('report.html', await look(context, htmlPath), { tables: false });
    } finally {
        await context.close();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main()
    .catch((err) => check(false, 'the hostile-rows test ran', [String(err && err.stack || err)]))
    .finally(finish);
