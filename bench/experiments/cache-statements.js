// Experiment (not a fix): what caching prepared statements would gain. Preloaded into the
// emulator with `npm run bench -- --preload bench/experiments/cache-statements.js`.
// Memoizes better-sqlite3's Database#prepare per connection and SQL text, which is what
// preparing each statement once (in the constructors of src/sources/*.ts, src/pipeline/audit.ts,
// ...) does. Not safe in general (a statement being iterated cannot run twice); fine for a bench.
'use strict';
const path = require('path');
const Database = require(path.join(__dirname, '..', '..', 'node_modules', 'better-sqlite3'));
const original = Database.prototype.prepare;
const caches = new WeakMap();
Database.prototype.prepare = function prepare(sql) {
  let cache = caches.get(this);
  if (!cache) caches.set(this, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = original.call(this, sql);
    // Statements that return no data cannot be reused for iterate(); keep them all the same.
    cache.set(sql, stmt);
  }
  return stmt;
};
