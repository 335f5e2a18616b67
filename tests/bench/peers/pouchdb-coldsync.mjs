// PouchDB peer of Atrium's cold-sync workload: a pouchdb-server database holding the same
// documents (members and bookings), and a brand-new on-disk PouchDB replicating all of it.
// usage: node pouchdb-coldsync.mjs http://127.0.0.1:PORT MEMBERS BOOKINGS WORKDIR
import PouchDB from 'pouchdb'
import { performance } from 'node:perf_hooks'
import path from 'node:path'

const [server, membersArg, bookingsArg, workdir] = process.argv.slice(2)
const members = Number(membersArg)
const bookings = Number(bookingsArg)
const remote = new PouchDB(`${server}/atrium`)

// Seed in bulk (not timed), documents shaped like Atrium's.
const base = Date.UTC(2027, 0, 4)
let docs = []
const flush = async () => { if (docs.length) { await remote.bulkDocs(docs); docs = [] } }
for (let i = 1; i <= members; i++) {
  docs.push({ _id: `user-m-${i}`, type: 'user', email: `member${i}@demo.atrium`, name: `Member ${i}`, role: 'member', homeLocation: i % 2 ? 'mad' : 'nyc' })
  if (docs.length === 2000) await flush()
}
for (let i = 0; i < bookings; i++) {
  const start = base + Math.floor(i / 40) * 2 * 3600 * 1000
  docs.push({ _id: `booking-${i}`, type: 'booking', resource: `r-${i % 40}`, location: i % 2 ? 'mad' : 'nyc', member: `m-${1 + (i * 7919) % members}`,
              memberName: `Member ${1 + (i * 7919) % members}`, title: 'Seeded', status: 'confirmed', start, end: start + 3600 * 1000,
              createdAt: base, updatedAt: base })
  if (docs.length === 2000) await flush()
}
await flush()

const local = new PouchDB(path.join(workdir, 'cold-client'))
const t0 = performance.now()
const result = await PouchDB.replicate(remote, local, { batch_size: 1000, batches_limit: 10 })
const seconds = (performance.now() - t0) / 1000
const info = await local.info()
console.log(JSON.stringify({ seconds, docs: info.doc_count, ok: result.ok }))
process.exit(0)
