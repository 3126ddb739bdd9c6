#!/usr/bin/env node
// jsonld-iso.mjs GRAPH.jsonld GRAPH.nq
//
// Proves that pactum's JSON-LD export and its N-Quads export hold the same
// RDF dataset: the JSON-LD is expanded and turned into RDF by jsonld.js (the
// reference JSON-LD processor), both datasets are canonicalised with
// rdf-canonize (RDFC-1.0) and the canonical N-Quads are compared line by line.
//
// No network: the only remote document jsonld.js may load is
// https://w3id.org/pactum/context.jsonld, served from ontology/context.jsonld
// (or $PACTUM_CONTEXT_FILE); any other fetch fails the run.
//
// jsonld.js runs in "safe mode": anything it would silently drop (a term
// that does not expand to an IRI, a relative IRI, a malformed language tag,
// a @type that is not an IRI...) is an error instead.
//
// Exit: 0 identical, 1 different or either side empty, 2 usage / unreadable input.
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import canonize from 'rdf-canonize'
import N3 from 'n3'
import { offlineDocumentLoader, die } from './lib/common.mjs'

const SHOW = 10

async function main () {
  const args = process.argv.slice(2)
  if (args.length !== 2) die('usage: jsonld-iso.mjs GRAPH.jsonld GRAPH.nq', 2)
  const [jsonldFile, nqFile] = args

  let doc
  try {
    doc = JSON.parse(readFileSync(jsonldFile, 'utf8'))
  } catch (e) {
    die(`${jsonldFile}: not JSON: ${e.message}`, 1)
  }

  const documentLoader = offlineDocumentLoader()
  const opts = { documentLoader, safe: true, base: null }

  // JSON-LD side: expand (reports context problems clearly), then to RDF.
  let jsonldNQuads
  try {
    const expanded = await jsonld.expand(doc, opts)
    jsonldNQuads = await jsonld.toRDF(expanded, { ...opts, format: 'application/n-quads' })
  } catch (e) {
    die(`${jsonldFile}: jsonld.js failed: ${describeJsonldError(e)}`, 1)
  }

  // N-Quads side: parse strictly with n3 first (precise line numbers), then
  // hand the parsed quads to rdf-canonize.
  let nqQuads
  try {
    nqQuads = new N3.Parser({ format: 'N-Quads' }).parse(readFileSync(nqFile, 'utf8'))
  } catch (e) {
    die(`${nqFile}: ${e.message}`, 1)
  }

  const canonOpts = { algorithm: 'RDFC-1.0' }
  const left = await canonize.canonize(jsonldNQuads, { ...canonOpts, inputFormat: 'application/n-quads' })
  const right = await canonize.canonize(nqQuads, canonOpts)

  const a = lines(left)
  const b = lines(right)
  console.log(`${jsonldFile}: ${a.length} canonical quads (${countGraphs(a)} named graphs)`)
  console.log(`${nqFile}: ${b.length} canonical quads (${countGraphs(b)} named graphs)`)

  let bad = false
  if (a.length === 0) { console.log(`FAIL: ${jsonldFile} yields no quad at all`); bad = true }
  if (b.length === 0) { console.log(`FAIL: ${nqFile} holds no quad at all`); bad = true }
  if (bad) process.exit(1)

  if (left === right) {
    console.log('isomorphic: the JSON-LD and N-Quads datasets are identical after RDFC-1.0')
    process.exit(0)
  }

  const setB = new Set(b)
  const setA = new Set(a)
  const onlyA = a.filter(l => !setB.has(l))
  const onlyB = b.filter(l => !setA.has(l))
  console.log(`FAIL: datasets differ: ${onlyA.length} quads only in ${jsonldFile}, ${onlyB.length} only in ${nqFile}`)
  console.log('first differing canonical lines:')
  console.log(`  jsonld: ${onlyA[0] ?? '(none: every JSON-LD quad is in the N-Quads)'}`)
  console.log(`  nquads: ${onlyB[0] ?? '(none: every N-Quads quad is in the JSON-LD)'}`)
  if (onlyA.length) {
    console.log(`only in ${jsonldFile} (first ${Math.min(SHOW, onlyA.length)}):`)
    for (const l of onlyA.slice(0, SHOW)) console.log(`  - ${l}`)
  }
  if (onlyB.length) {
    console.log(`only in ${nqFile} (first ${Math.min(SHOW, onlyB.length)}):`)
    for (const l of onlyB.slice(0, SHOW)) console.log(`  + ${l}`)
  }
  process.exit(1)
}

function lines (s) {
  return s.split('\n').filter(l => l.length > 0)
}

function countGraphs (ls) {
  const g = new Set()
  for (const q of new N3.Parser({ format: 'N-Quads' }).parse(ls.join('\n'))) {
    if (q.graph.termType !== 'DefaultGraph') g.add(q.graph.value)
  }
  return g.size
}

function describeJsonldError (e) {
  let s = `${e.name || 'Error'}: ${e.message}`
  if (e.details) {
    const d = e.details
    if (d.code) s += ` [${d.code}]`
    if (d.event) s += ` ${d.event.code || ''}: ${d.event.message || ''} ${JSON.stringify(d.event.details || {})}`
    if (d.cause) s += ` (cause: ${d.cause.message || d.cause})`
    if (d.url) s += ` url=${d.url}`
  }
  if (e.cause && e.cause.message) s += ` (cause: ${e.cause.message})`
  return s
}

main().catch(e => die(e.stack || String(e), 1))
