// Experiment (not a fix): audit rows written in one transaction per event-loop turn instead of one
// transaction per exchange. Preloaded with `npm run bench -- --preload bench/experiments/audit-batch.js`.
// A real fix must flush before the journal is read and on shutdown, and accept that a row can be
// lost if the process dies within the same turn.
'use strict';
const path = require('path');
const Module = require('module');
const auditJs = path.join(__dirname, '..', '..', 'dist', 'src', 'pipeline', 'audit.js');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  if (exported && exported.Journal && !exported.Journal.__patched) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {
      return exported;
    }
    if (resolved === auditJs) {
      const proto = exported.Journal.prototype;
      const record = proto.record;
      proto.record = function (row) {
        if (!this.__queue) {
          this.__queue = [];
          this.__flush = this.db.transaction((rows) => {
            for (const r of rows) record.call(this, r);
          });
        }
        this.__queue.push(row);
        if (this.__queue.length === 1) {
          setImmediate(() => {
            const rows = this.__queue;
            this.__queue = [];
            this.__flush(rows);
          });
        }
      };
      exported.Journal.__patched = true;
    }
  }
  return exported;
};
