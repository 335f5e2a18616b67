// y-websocket peer of Atrium's propagation workload: a writer sets a key in a shared Y.Map, an
// observer in another provider sees it; the time between, N samples in a row.
// usage: node yjs-propagation.mjs ws://127.0.0.1:PORT SAMPLES
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import { performance } from 'node:perf_hooks'

const [url, samplesArg] = process.argv.slice(2)
const samples = Number(samplesArg || 200)
const room = 'bench-propagation-' + process.pid
// disableBc: otherwise two providers in one process talk through a BroadcastChannel, not the server.
const opts = { WebSocketPolyfill: WebSocket, disableBc: true }
const writerDoc = new Y.Doc()
const observerDoc = new Y.Doc()
const writer = new WebsocketProvider(url, room, writerDoc, opts)
const observer = new WebsocketProvider(url, room, observerDoc, opts)
const synced = (p) => new Promise((resolve) => (p.synced ? resolve() : p.once('synced', resolve)))
await Promise.all([synced(writer), synced(observer)])

const bookings = writerDoc.getMap('bookings')
const seen = observerDoc.getMap('bookings')
const ms = []
for (let i = 0; i < samples; i++) {
  const key = 'b' + i
  const arrived = new Promise((resolve) => {
    const check = () => { if (seen.has(key)) { seen.unobserve(check); resolve() } }
    seen.observe(check)
  })
  const t0 = performance.now()
  bookings.set(key, { resource: 'mad-room-m', start: i, end: i + 1, member: 'm-02' })
  await arrived
  ms.push(performance.now() - t0)
}
ms.sort((a, b) => a - b)
const pct = (p) => ms[Math.min(ms.length - 1, Math.round((p / 100) * (ms.length - 1)))]
console.log(JSON.stringify({ samples: ms.length, p50_ms: pct(50), p99_ms: pct(99) }))
writer.destroy()
observer.destroy()
process.exit(0)
