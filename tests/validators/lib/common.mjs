// Shared helpers for pactum's validators. No network: every loader here
// reads local files only.
import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import N3 from 'n3'

export const here = path.dirname(fileURLToPath(import.meta.url))

// The published IRI of the context and the local file that stands for it.
export const CONTEXT_URL = 'https://w3id.org/pactum/context.jsonld'

export function contextFile () {
  if (process.env.PACTUM_CONTEXT_FILE) return process.env.PACTUM_CONTEXT_FILE
  const topSrcdir = process.env.top_srcdir
  if (topSrcdir) {
    const f = path.join(topSrcdir, 'ontology', 'context.jsonld')
    if (existsSync(f)) return f
  }
  // tests/validators/lib -> top of the tree
  return path.resolve(here, '..', '..', '..', 'ontology', 'context.jsonld')
}

// A jsonld.js documentLoader that knows exactly one URL and refuses any other.
export function offlineDocumentLoader () {
  const file = contextFile()
  return async (url) => {
    if (url === CONTEXT_URL) {
      let document
      try {
        document = JSON.parse(readFileSync(file, 'utf8'))
      } catch (e) {
        throw new Error(`cannot load ${file} for ${url}: ${e.message}`)
      }
      return { contextUrl: null, documentUrl: url, document }
    }
    throw new Error(`refusing to fetch ${url}: only ${CONTEXT_URL} is known (mapped to ${file}); no network access is allowed`)
  }
}

export function die (msg, code = 1) {
  process.stderr.write(`${path.basename(process.argv[1])}: ${msg}\n`)
  process.exit(code)
}

// Parse a Turtle/N-Triples/N-Quads/TriG file with n3 (strict for the format).
export function parseRdfFile (file, format) {
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new Error(`cannot read ${file}: ${e.message}`)
  }
  const parser = new N3.Parser({ format, baseIRI: undefined })
  try {
    return parser.parse(text)
  } catch (e) {
    throw new Error(`${file}: ${e.message}`)
  }
}

export function formatForFile (file) {
  const ext = path.extname(file).toLowerCase()
  return ({
    '.ttl': 'Turtle',
    '.nt': 'N-Triples',
    '.nq': 'N-Quads',
    '.trig': 'TriG'
  })[ext] || 'Turtle'
}

export function termToString (t) {
  if (!t) return '(none)'
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`
    case 'BlankNode': return `_:${t.value}`
    case 'Literal':
      if (t.language) return `${JSON.stringify(t.value)}@${t.language}`
      if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') {
        return `${JSON.stringify(t.value)}^^<${t.datatype.value}>`
      }
      return JSON.stringify(t.value)
    default: return t.value
  }
}
