#!/usr/bin/env node
// embedded.mjs PAGE.html...: each page's embedded JSON-LD
// (<script type="application/ld+json">) is read by jsonld.js as schema.org
// data about the page's resource: a schema.org type and, as schema:name,
// the page's title. Offline: https://schema.org is served as a context
// whose @vocab is schema.org, which is how its terms expand.
//
// Exit: 0 every page holds, 1 otherwise, 2 usage.
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'

const pages = process.argv.slice(2)
if (pages.length === 0) { console.error('usage: embedded.mjs PAGE.html...'); process.exit(2) }

const SCHEMA = 'https://schema.org/'
const documentLoader = async (url) => {
  if (url === 'https://schema.org' || url === SCHEMA) {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } }
  }
  throw new Error(`refusing to fetch ${url}`)
}
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&amp;/g, '&')

let failed = 0
for (const page of pages) {
  const html = readFileSync(page, 'utf8')
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  const title = unescape((html.match(/<title>([\s\S]*?)<\/title>/) || [])[1] || '')
  try {
    if (scripts.length !== 1) throw new Error(`${scripts.length} JSON-LD scripts, expected 1`)
    const doc = JSON.parse(scripts[0][1])
    const quads = await jsonld.toRDF(doc, { documentLoader, safe: true })
    const id = doc['@id']
    const typed = quads.some(q => q.subject.value === id &&
      q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value.startsWith(SCHEMA))
    const named = quads.some(q => q.subject.value === id && q.predicate.value === SCHEMA + 'name' &&
      q.object.value === title)
    if (!typed) throw new Error(`no schema.org type for ${id}`)
    if (!named) throw new Error(`schema:name of ${id} is not the title "${title}"`)
  } catch (e) {
    console.log(`FAIL: ${page}: ${e.message}`)
    failed++
  }
}
console.log(`${pages.length - failed} of ${pages.length} pages embed schema.org JSON-LD about their resource`)
process.exit(failed ? 1 : 0)
