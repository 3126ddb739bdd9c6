#!/usr/bin/env node
// sparql-answers.mjs DATA FORMAT QUERYFILE...
//
// Oxigraph's answers (an independent SPARQL 1.1 engine) to each query
// over DATA, in the canonical form tests/query/answers.py writes for
// pactum's and roqet's, so that the three can be compared line for line:
// "name<TAB>line", where a SELECT gives one line per row (var=term ...,
// variables sorted, rows sorted), ASK "true" or "false", CONSTRUCT one
// line per triple (sorted, distinct). Terms are in N-Triples syntax with
// xsd:string dropped and every blank node written _:b (labels are each
// engine's own). The dataset is SPARQL's: the default graph alone, as
// pactum query has it. FORMAT is a media type (text/turtle,
// application/n-quads, ...). Exit 1 when a query fails.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import oxigraph from 'oxigraph'

function term (t) {
  if (!t) return ''
  if (t.termType === 'NamedNode') return `<${t.value}>`
  if (t.termType === 'BlankNode') return '_:b'
  const v = JSON.stringify(t.value)
  if (t.language) return `${v}@${t.language.toLowerCase()}`
  if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return `${v}^^<${t.datatype.value}>`
  return v
}

const [dataFile, format, ...queryFiles] = process.argv.slice(2)
if (!queryFiles.length) {
  console.error('usage: sparql-answers.mjs DATA FORMAT QUERYFILE...')
  process.exit(2)
}
const store = new oxigraph.Store()
store.load(readFileSync(dataFile, 'utf8'), { format })
let bad = 0
for (const qf of queryFiles) {
  const name = path.basename(qf).replace(/\.rq$/, '')
  let answer
  try {
    answer = store.query(readFileSync(qf, 'utf8'))
  } catch (e) {
    console.log(`${name}\tERROR ${e.message || e}`)
    bad++
    continue
  }
  let lines
  if (typeof answer === 'boolean') {
    lines = [String(answer)]
  } else if (answer.length && !(answer[0] instanceof Map)) {
    lines = [...new Set(answer.map(q => `${term(q.subject)} ${term(q.predicate)} ${term(q.object)}`))].sort()
  } else {
    lines = answer.map(r => [...r.keys()].filter(k => r.get(k)).sort().map(k => `${k}=${term(r.get(k))}`).join(' ')).sort()
  }
  for (const l of lines) console.log(`${name}\t${l}`)
}
// exitCode, not exit(): exit() drops what a pipe has not taken yet
process.exitCode = bad ? 1 : 0
