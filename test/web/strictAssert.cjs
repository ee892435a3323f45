// `node:assert/strict` in the web test bundle: the `assert` package is Node's assert module
// for browsers (scripts/build.mjs points the import here).
module.exports = require('assert').strict;
