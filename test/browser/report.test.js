// test/browser/report.test.js — renders hfstate's HTML report (hfstate.report_html()) in headless
// Chromium and checks what a reader would see: the page loads with no console or page errors and
// no request leaves the page, it has no scripts, every chart <svg> drew marks of non-zero size,
// every charted section with rows has its chart, and the headline numbers are there.  Takes a
// full-page screenshot.  Prints TAP lines and "N passed, N failed"; exits 1 on any failure.
//
//   node report.test.js [REPORT.html] [SCREENSHOT.png]
//
// Chromium is Debian's (apt-get install chromium), driven through playwright-core (no download).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { check, finish } = require('./tap');

const reportPath = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'report.html'));
const shotPath = path.resolve(process.argv[3] || path.join(__dirname, 'out', 'report.png'));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

async function main() {
    if (!fs.existsSync(reportPath)) {
        check(false, `report exists: ${reportPath}`);
        return;
    }
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hfstate-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        viewport: { width: 1100, height: 900 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const consoleErrors = [];
    const pageErrors = [];
    const outside = [];
    try {
        const page = context.pages()[0] || await context.newPage();
        page.on('console', (msg) => {
            if (msg.type() === 'error')
                consoleErrors.push(msg.text());
        });
        page.on('pageerror', (err) => pageErrors.push(String(err)));
        // the report must be self-contained: any request other than the file itself is refused and counted
        await page.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith('file:') || url.startsWith('data:'))
                return route.continue();
            outside.push(url);
            return route.abort();
        });
        const response = await page.goto('file://' + reportPath, { waitUntil: 'load' });
        check(response === null || response.ok(), `the report loads: ${reportPath}`);
        const title = await page.title();
        check(title.length > 0, `the page has a title ("${title}")`);

        const facts = await page.evaluate(() => {
            // a drawn mark: a bar or point with width and height, a line with length in some direction
            const drawn = (el) => {
                const r = el.getBoundingClientRect();
                const tag = el.tagName.toLowerCase();
                if (tag === 'polyline' || tag === 'path' || tag === 'line')
                    return (r.width > 0 || r.height > 0) && el.getTotalLength() > 0;
                return r.width > 0 && r.height > 0;
            };
            const charts = [...document.querySelectorAll('svg.chart')].map((svg) => {
                const r = svg.getBoundingClientRect();
                const marks = [...svg.querySelectorAll('rect.mark, polyline.mark, path.mark, circle.mark')];
                const section = svg.closest('section.report');
                return {
                    section: section ? section.id : '(none)',
                    kind: svg.getAttribute('class'),
                    visible: r.width > 0 && r.height > 0,
                    marks: marks.length,
                    drawn: marks.filter(drawn).length,
                };
            });
            const sections = [...document.querySelectorAll('section.report')].map((s) => ({
                id: s.id,
                chart: s.dataset.chart,
                rows: Number(s.dataset.rows),
                charts: s.querySelectorAll('svg.chart').length,
                note: (s.querySelector('p.empty') || { textContent: '' }).textContent,
                tableRows: s.querySelectorAll('table tbody tr').length,
            }));
            const cards = [...document.querySelectorAll('.headline .card .value')].map((e) => e.textContent.trim());
            return {
                charts, sections, cards,
                scripts: document.querySelectorAll('script').length,
                external: [...document.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') || e.getAttribute('href')),
            };
        });

        check(facts.scripts === 0, 'the report has no <script> elements', [`${facts.scripts} found`]);
        check(facts.external.length === 0, 'the report loads nothing by src or link', facts.external);
        check(facts.cards.length > 0 && facts.cards.every((c) => c.length > 0),
              `headline numbers on top (${facts.cards.length}: ${facts.cards.slice(0, 6).join(', ')})`);
        check(facts.sections.length > 0, `the report has sections (${facts.sections.length})`);
        check(facts.charts.length > 0, `the report has charts (${facts.charts.length})`);
        for (const c of facts.charts)
            check(c.visible && c.drawn > 0, `chart in ${c.section} (${c.kind}) drew ${c.drawn} of ${c.marks} marks`,
                  [`visible: ${c.visible}, marks: ${c.marks}, drawn with non-zero size: ${c.drawn}`]);
        for (const s of facts.sections) {
            if (s.rows > 0)
                check(s.tableRows === s.rows, `section ${s.id} lists its ${s.rows} rows`, [`${s.tableRows} table rows`]);
            if (s.chart !== 'table' && s.rows > 0)
                check(s.charts > 0, `section ${s.id} (${s.chart}, ${s.rows} rows) has its chart`, [s.note || 'no chart']);
        }

        fs.mkdirSync(path.dirname(shotPath), { recursive: true });
        await page.screenshot({ path: shotPath, fullPage: true });
        const size = fs.existsSync(shotPath) ? fs.statSync(shotPath).size : 0;
        check(size > 10000, `full-page screenshot written: ${shotPath} (${size} bytes)`);

        check(consoleErrors.length === 0, 'no console errors', consoleErrors);
        check(pageErrors.length === 0, 'no page errors', pageErrors);
        check(outside.length === 0, 'no request leaves the page (self-contained)', outside);
    } finally {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
}

main()
    .catch((err) => check(false, 'the browser test ran', [String(err && err.stack || err)]))
    .finally(finish);
