#!/usr/bin/env node
// browser.mjs BASEURL SHOTS HOSTILE_PAGE: a person's look at the published
// site in headless Chromium (Debian's chromium, driven by puppeteer-core):
// the home page, a person page and an agreement page at desktop and phone
// widths, screenshots into SHOTS; asserts the title, the parties, the
// sources section; and that a page of hostile names (a file: URL) runs no
// script. Exit 1 on any failed assertion.
import puppeteer from 'puppeteer-core'

const [base, shots, hostile] = process.argv.slice(2)
const fails = []
const check = (ok, what) => { if (!ok) fails.push(what) }

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
try {
  const page = await browser.newPage()
  let dialogs = 0
  page.on('dialog', async d => { dialogs++; await d.dismiss() })
  for (const [w, h, tag] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    await page.setViewport({ width: w, height: h })
    await page.goto(`${base}/`, { waitUntil: 'load' })
    check((await page.title()).length > 0, `home (${tag}) has a title`)
    const home = await page.evaluate(() => document.body.innerText)
    check(/Agreements\s+\d+/.test(home) && /Persons\s+\d+/.test(home), `home (${tag}) gives the figures by class`)
    // the home page leads to a person: Persons, then a name
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="person/index.html"]')])
    check((await page.$('a[href="../person/awa-sarr-sn"]')) !== null, `persons index (${tag}) links Awa Sarr`)
    await page.goto(`${base}/`, { waitUntil: 'load' })
    await page.screenshot({ path: `${shots}/home-${tag}.png`, fullPage: true })

    await page.goto(`${base}/person/awa-sarr-sn`, { waitUntil: 'load' })
    check(await page.title() === 'Awa Sarr', `person page (${tag}) title is the name, got ${await page.title()}`)
    const sources = await page.$('#sources')
    check(sources !== null, `person page (${tag}) has a sources section`)
    const linked = await page.evaluate(() => document.querySelector('#linked')?.innerText ?? '')
    check(linked.includes('Meeting'), `person page (${tag}) shows the meeting she took part in`)
    await page.screenshot({ path: `${shots}/person-${tag}.png`, fullPage: true })

    await page.goto(`${base}/agreement/mou-pt-sn-2026-03-03`, { waitUntil: 'load' })
    const text = await page.evaluate(() => document.body.innerText)
    check(text.includes('Portugal') && text.includes('Senegal'), `agreement page (${tag}) shows its parties`)
    check(text.includes('Sources'), `agreement page (${tag}) shows its sources`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    check(tag === 'desktop' || overflow <= 0, `agreement page fits a phone (overflow ${overflow}px)`)
    await page.screenshot({ path: `${shots}/agreement-${tag}.png`, fullPage: true })
  }
  await page.goto(`file://${hostile}`, { waitUntil: 'load' })
  const h1 = await page.evaluate(() => document.querySelector('h1')?.textContent)
  check(h1 === '<script>alert(1)</script>', `the hostile name shows as text, got ${h1}`)
  const injected = await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"])').length)
  check(injected === 0 && dialogs === 0, `no script ran from a hostile name (${injected} scripts, ${dialogs} dialogs)`)
  await page.screenshot({ path: `${shots}/hostile-desktop.png`, fullPage: true })
} finally {
  await browser.close()
}
for (const f of fails) console.log(`FAIL: ${f}`)
console.log(fails.length ? `${fails.length} assertion(s) failed` : 'browser: all assertions hold')
process.exit(fails.length ? 1 : 0)
