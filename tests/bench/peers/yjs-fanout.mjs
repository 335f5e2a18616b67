// y-websocket peer of Atrium's fan-out workload: SUBSCRIBERS providers in one room, spread over
// PROCS child processes, and a writer; per change, the time until every subscriber has it.
// process.hrtime is CLOCK_MONOTONIC, one clock for all processes on the machine.
// usage: node yjs-fanout.mjs ws://127.0.0.1:PORT SUBSCRIBERS PROCS SAMPLES
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const opts = { WebSocketPolyfill: WebSocket, disableBc: true }
// One room per run: a room left from an earlier run would hand over its keys at the first sync.
const room = process.argv[2] === 'child' ? process.argv[5] : 'bench-fanout-' + process.pid

if (process.argv[2] === 'child') {
  const [, , , url, countArg] = process.argv
  const count = Number(countArg)
  const seen = new Map()
  let synced = 0
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(url, room, doc, opts)
    provider.once('synced', () => { if (++synced === count) process.send({ ready: true }) })
    doc.getMap('bookings').observe((event) => {
      const now = process.hrtime.bigint()
      for (const key of event.keysChanged) {
        const entry = seen.get(key) || { n: 0, latest: 0n }
        entry.n++
        if (now > entry.latest) entry.latest = now
        seen.set(key, entry)
        if (entry.n === count) process.send({ key, latest: entry.latest.toString() })
      }
    })
  }
} else {
  const [url, subsArg, procsArg, samplesArg] = process.argv.slice(2)
  const subscribers = Number(subsArg), procs = Number(procsArg), samples = Number(samplesArg)
  const children = []
  const done = new Map()
  let ready = 0
  await new Promise((resolve) => {
    for (let p = 0; p < procs; p++) {
      const child = fork(fileURLToPath(import.meta.url), ['child', url, String(subscribers / procs), room])
      child.on('message', (m) => {
        if (m.ready) { if (++ready === procs) resolve() ; return }
        const entry = done.get(m.key) || { n: 0, latest: 0n }
        entry.n++
        if (BigInt(m.latest) > entry.latest) entry.latest = BigInt(m.latest)
        done.set(m.key, entry)
      })
      children.push(child)
    }
  })
  const writerDoc = new Y.Doc()
  const writer = new WebsocketProvider(url, room, writerDoc, opts)
  await new Promise((resolve) => (writer.synced ? resolve() : writer.once('synced', resolve)))
  const map = writerDoc.getMap('bookings')
  const ms = []
  for (let i = 0; i < samples; i++) {
    const key = 'b' + i
    const sent = process.hrtime.bigint()
    map.set(key, { resource: 'mad-room-xl', start: i, end: i + 1, member: 'm-03' })
    const t0 = Date.now()
    while (!(done.get(key)?.n === procs) && Date.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 1))
    const entry = done.get(key)
    if (entry?.n === procs) ms.push(Number(entry.latest - sent) / 1e6)
  }
  ms.sort((a, b) => a - b)
  const pct = (p) => ms[Math.min(ms.length - 1, Math.round((p / 100) * (ms.length - 1)))]
  console.log(JSON.stringify({ subscribers, samples: ms.length, p50_ms: pct(50), p99_ms: pct(99) }))
  for (const c of children) c.kill()
  writer.destroy()
  process.exit(0)
}
