// test/browser/tap.js — TAP output for the browser tests: check() prints one "ok N" / "not ok N" line
// (with details as comments under a failure), finish() the plan and "N passed, N failed" and sets the
// exit code (non-zero on any failure or when nothing was checked).
'use strict';

let passed = 0;
let failed = 0;
let n = 0;

// one TAP line; details (an array of strings) are printed as comments under a failure
function check(ok, name, details) {
    n += 1;
    if (ok) {
        passed += 1;
        console.log(`ok ${n} - ${name}`);
    } else {
        failed += 1;
        console.log(`not ok ${n} - ${name}`);
        for (const d of details || [])
            console.log(`#   ${d}`);
    }
}

// the plan and the closing line; exit code 1 unless every check passed and there was one
function finish() {
    console.log(`1..${n}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 && n > 0 ? 0 : 1;
}

module.exports = { check, finish };
