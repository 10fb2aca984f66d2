// End-to-end tests of `tandem serve`: the real binary on a real index, driven
// in Debian's headless Chromium by playwright-core, asserting what a person
// sees. Run by CTest (workbench_e2e) with TANDEM_BINARY and TANDEM_SOURCE_DIR;
// screenshots go to TANDEM_E2E_SCREENSHOTS (default: a temporary folder).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const binary = process.env.TANDEM_BINARY;
const source = process.env.TANDEM_SOURCE_DIR;
assert.ok(binary && source, "TANDEM_BINARY and TANDEM_SOURCE_DIR must be set (CTest sets them)");
const work = mkdtempSync(join(tmpdir(), "tandem-e2e-"));
const shots = process.env.TANDEM_E2E_SCREENSHOTS || join(work, "screenshots");
mkdirSync(shots, { recursive: true });

let server, base, browser;
// A second workbench that may save dossiers (--allow-edit) into a folder of its own.
let editServer, editBase;
const editFolder = join(work, "redlines");

// Starts `tandem serve` with `args`; resolves to its base URL.
function serve(args) {
  const child = spawn(binary, ["serve", "-q", "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const url = new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    child.on("exit", (code) => reject(new Error(`tandem serve exited with ${code}`)));
  });
  return [child, url];
}

before(async () => {
  // A FR/NL pair whose text is markup, to show that it stays text.
  mkdirSync(join(work, "hostile"));
  writeFileSync(join(work, "hostile", "hostile.fr.txt"),
    "Note <script>alert('xss')</script> hostile\n\nLe paragraphe <img src=x onerror=alert(1)> contient du balisage hostile.\n\n" +
    "Source : https://diplomatie.belgium.be/fr/politique/themes_politiques/paix_et_securite/desarmement_et_non_proliferation\n");
  writeFileSync(join(work, "hostile", "hostile.nl.txt"),
    "Nota <script>alert('xss')</script> vijandig\n\nDe alinea <img src=x onerror=alert(1)> bevat vijandige opmaak.\n\n" +
    "Bron: https://diplomatie.belgium.be/nl/beleid/beleidsthemas/vrede_en_veiligheid/ontwapening_en_non_proliferatie\n");
  const db = join(work, "index");
  execFileSync(binary, ["ingest", "-q", "--db", db, join(source, "corpus"), join(work, "hostile")]);
  server = spawn(binary, ["serve", "-q", "--port", "0", "--db", db, "--redlines", join(source, "corpus", "redlines")],
                 { stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    server.on("exit", (code) => reject(new Error(`tandem serve exited with ${code}`)));
  });
  // Two versions of one dossier: June raises February's cap and adds a rule.
  mkdirSync(editFolder);
  writeFileSync(join(editFolder, "aid-feb.xml"), `<redlines xmlns="urn:tandem:redlines:1" dossier="aid-feb" agreed="2025-02-10">
  <limit id="AID-1" severity="blocking" unit="EUR" max="100000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
</redlines>
`);
  writeFileSync(join(editFolder, "aid-jun.xml"), `<redlines xmlns="urn:tandem:redlines:1" dossier="aid-jun" agreed="2025-06-01" supersedes="aid-feb">
  <limit id="AID-1" severity="blocking" unit="EUR" max="300000000">
    <quantity xml:lang="fr">aide alimentaire</quantity><quantity xml:lang="nl">voedselhulp</quantity>
  </limit>
  <forbid id="AID-2" severity="warning">
    <claim xml:lang="fr">suspendre l'aide alimentaire</claim><claim xml:lang="nl">de voedselhulp opschorten</claim>
  </forbid>
</redlines>
`);
  let editUrl;
  [editServer, editUrl] = serve(["--db", db, "--redlines", editFolder, "--allow-edit"]);
  editBase = await editUrl;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill("SIGTERM");
  if (editServer) editServer.kill("SIGTERM");
  rmSync(join(work, "index"), { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.dialogs = [];
  page.on("dialog", async (dialog) => { page.dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(String(error)));
  page.on("console", (message) => { if (message.type() === "error") page.errors.push(message.text()); });
  return page;
}

test("the drafter searches, narrows with a facet, and goes back", async () => {
  const page = await newPage();
  await page.goto(`${base}/search?ui=fr`);
  await page.getByLabel("Rechercher dans les positions antérieures (FR ou NL)").fill("Belgique");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=Belgique/);
  const summary = await page.locator(".summary").innerText();
  const total = Number(summary.match(/^(\d+)/)[1]);
  assert.ok(total > 10, summary);
  // Every hit shows its French text beside its Dutch counterpart, words marked.
  const first = page.locator(".hit").first();
  assert.equal(await first.locator(".side[lang=fr]").count(), 1);
  assert.equal(await first.locator(".side[lang=nl]").count(), 1);
  assert.ok(await page.locator(".hit mark").count() > 0);
  // A click on the "rapport" type keeps only reports, and says so.
  const facet = page.locator(".facet a", { hasText: "rapport" });
  const count = Number(await facet.locator("xpath=following-sibling::span").innerText());
  await facet.click();
  await page.waitForURL(/type=report/);
  const narrowed = await page.locator(".summary").innerText();
  assert.equal(Number(narrowed.match(/^(\d+)/)[1]), count);
  for (const facts of await page.locator(".hit .facts").allInnerTexts()) assert.match(facts, /rapport/);
  assert.equal(await page.locator(".chips .chip", { hasText: "rapport" }).count(), 1);
  assert.equal(await page.locator(".facet a[aria-pressed=true]", { hasText: "rapport" }).count(), 1);
  await page.screenshot({ path: join(shots, "search.png"), fullPage: false });
  // The URL is the state: back returns to every type.
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes("type=report"));
  assert.equal(await page.locator(".summary").innerText(), summary);
  assert.deepEqual(page.errors, []);
});

test("the translator opens a document, keeps the flagged beads and downloads a TMX", async () => {
  const page = await newPage();
  await page.goto(`${base}/documents?ui=fr`);
  await page.getByRole("link", { name: "Diplomatie numérique et cybersécurité : position belge pour 2026" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f]{16}/);
  const all = await page.locator("tr.bead").count();
  assert.ok(all >= 12, `${all} beads`);
  await page.getByRole("link", { name: "Seulement les unités à revoir" }).click();
  await page.waitForURL(/flagged=1/);
  const beads = page.locator("tr.bead");
  assert.equal(await beads.count(), 4);
  const flags = await page.locator(".flag-list").allInnerTexts();
  assert.equal(flags.length, 4);
  assert.match(flags.join("\n"), /12 millions/);
  // The differing words are marked on both sides.
  const marked = await page.locator("tr.bead mark").allInnerTexts();
  assert.ok(marked.includes("12 millions"), marked.join(" | "));
  assert.ok(marked.includes("21 miljoen"), marked.join(" | "));
  assert.equal(await page.locator("tr.bead td.side.missing").count(), 1, "the paragraph missing in Dutch");
  await page.screenshot({ path: join(shots, "document.png"), fullPage: false });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "TMX" }).click()]);
  assert.equal(download.suggestedFilename(), "cyber-diplomacy.tmx");
  const tmx = readFileSync(await download.path(), "utf8");
  assert.match(tmx, /<tmx version="1\.4">/);
  assert.match(tmx, /<tuv xml:lang="fr-BE"><seg>La Belgique considère que le droit international existant/);
  assert.match(tmx, /<tuv xml:lang="nl-BE"><seg>België is van oordeel/);
  assert.deepEqual(page.errors, []);
});

test("the clerk uploads a bilingual draft and reads a blocking finding", async () => {
  const page = await newPage();
  await page.goto(`${base}/check?ui=fr`);
  await page.getByLabel("Fichier du projet (français, néerlandais ou les deux)")
    .setInputFiles(join(source, "corpus", "drafts", "hrc-instructions.txt"));
  await page.getByLabel("Comparer les versions française et néerlandaise (parité)").check();
  await page.getByRole("button", { name: "Vérifier le projet" }).click();
  await page.waitForSelector(".verdict");
  assert.match(await page.locator(".verdict").innerText(), /^3 constat\(s\) bloquant\(s\) · 2 avertissement\(s\)/);
  const blocking = page.locator("section.severity.blocking .finding");
  assert.equal(await blocking.count(), 3);
  const stance = blocking.filter({ hasText: "HRC-2" });
  assert.match(await stance.locator(".where").innerText(), /hrc-instructions\.txt:10/);
  assert.equal(await stance.locator("blockquote mark").innerText(), "unilaterale dwangmaatregelen zal België zich onthouden");
  assert.match(await stance.locator(".agreed").innerText(), /België stemt tegen de resolutie/);
  await page.screenshot({ path: join(shots, "check.png"), fullPage: false });
  const [download] = await Promise.all([page.waitForEvent("download"),
                                        page.getByRole("link", { name: "Télécharger le rapport HTML" }).click()]);
  const report = readFileSync(await download.path(), "utf8");
  assert.match(report, /HRC-2/);
  assert.deepEqual(page.errors, []);
});

test("the workbench in Dutch shows the findings in Dutch and why each was raised", async () => {
  const page = await newPage();
  await page.goto(`${base}/check?ui=nl`);
  await page.getByLabel("Bestand van het ontwerp (Frans, Nederlands of beide)")
    .setInputFiles(join(source, "corpus", "drafts", "hrc-instructions.txt"));
  await page.getByLabel("Franse en Nederlandse versie vergelijken (pariteit)").check();
  await page.getByRole("button", { name: "Ontwerp controleren" }).click();
  await page.waitForSelector(".verdict");
  assert.match(await page.locator(".verdict").innerText(), /^3 blokkerende bevinding\(en\)/);
  // A finding on the French side, told in Dutch, with the Dutch version beside it.
  const parity = page.locator("section.severity.blocking .finding").filter({ hasText: "hrc-instructions.txt:3" });
  assert.equal(await parity.locator(".message").innerText(), "de Franse versie drukt verzet uit, de Nederlandse onthouding");
  assert.match(await parity.locator(".why").innerText(), /Nederlandse versie \(hrc-instructions\.txt:10\) : Bij de resolutie/);
  // A stance finding: the words matched and the stance read.
  const stance = page.locator("section.severity.blocking .finding").filter({ hasText: "HRC-2" });
  assert.match(await stance.locator(".message").innerText(), /^neemt het standpunt ‘onthouding’ in/);
  const why = await stance.locator(".why li").allInnerTexts();
  assert.ok(why.some((line) => line.startsWith("herkende woorden: ‘unilaterale’, ‘dwangmaatregelen’")), why.join(" | "));
  assert.ok(why.some((line) => line.startsWith("gelezen standpunt: onthouding")), why.join(" | "));
  assert.deepEqual(page.errors, []);
});

test("indexed markup is shown as text and never runs", async () => {
  const page = await newPage();
  await page.goto(`${base}/search?ui=fr&q=balisage+hostile`);
  const hit = page.locator(".hit").first();
  assert.match(await hit.locator(".side[lang=fr]").innerText(), /<img src=x onerror=alert\(1\)>/);
  await page.goto(`${base}/documents?ui=fr`);
  await page.getByRole("link", { name: /Note <script>/ }).click();
  assert.match(await page.locator("h1").innerText(), /<script>alert\('xss'\)<\/script>/);
  assert.equal(await page.locator("main script, main img").count(), 0);
  await page.goto(`${base}/search?ui=fr&q=${encodeURIComponent("<script>alert(3)</script>")}`);
  assert.equal(await page.locator("#q").inputValue(), "<script>alert(3)</script>");
  assert.deepEqual(page.dialogs, [], "no script from the index or the query ran");
});

test("the interface speaks Dutch, works from the keyboard and on a narrow window", async () => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(`${base}/search?ui=fr&q=${encodeURIComponent("territoriale integriteit")}`);
  await page.getByRole("link", { name: "NL", exact: true }).click();
  await page.waitForURL(/ui=nl/);
  assert.equal(await page.locator("html").getAttribute("lang"), "nl");
  assert.equal(await page.locator("nav a[aria-current=page]").innerText(), "Zoeken");
  assert.equal(await page.locator("#q").inputValue(), "territoriale integriteit", "the query is kept");
  // Keyboard: the first Tab reaches the skip link, "/" the search box, "j" the first hit.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  await page.locator("#q").blur();
  await page.keyboard.press("j");
  assert.equal(await page.evaluate(() => document.activeElement.closest(".hit") !== null), true);
  // Narrow: nothing wider than the window, the two languages stacked.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the window`);
  const [fr, nl] = await page.locator(".hit").first().locator(".side").all();
  assert.ok((await nl.boundingBox()).y > (await fr.boundingBox()).y, "FR above NL on a narrow window");
  await page.screenshot({ path: join(shots, "search-narrow.png"), fullPage: false });
  // Every form control has a label.
  for (const path of ["/search?ui=nl", "/check?ui=nl", "/dossiers/new?ui=nl", "/dossiers/sahel-2025/edit?ui=nl"]) {
    await page.goto(base + path);
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
      .filter((c) => c.labels.length === 0 && !c.getAttribute("aria-label")).map((c) => c.name));
    assert.deepEqual(unlabelled, [], path);
  }
  assert.deepEqual(page.errors, []);
});

// A coordination report of our own, in French and Dutch.
const sahelFr = `Sahel — coordination du 4 mars 2026

Position belge

La Belgique ne financera jamais directement la junte militaire. La Belgique soutient le dialogue politique inclusif au Mali.

Priorités

L'aide humanitaire au Sahel ne dépassera pas 40 millions d'euros au maximum.`;
const sahelNl = `Sahel — coördinatie van 4 maart 2026

Belgisch standpunt

België zal de militaire junta nooit rechtstreeks financieren. België steunt de inclusieve politieke dialoog in Mali.

Prioriteiten

De humanitaire hulp aan de Sahel bedraagt ten hoogste 40 miljoen euro.`;

test("the clerk proposes a dossier from a report, edits a wording, saves it, and a check uses it", async () => {
  const page = await newPage();
  await page.goto(`${editBase}/dossiers?ui=fr`);
  await page.locator("#new-dossier").click();
  await page.locator("#report-fr").fill(sahelFr);
  await page.locator("#report-nl").fill(sahelNl);
  await page.locator("#new-id").fill("sahel-2026");
  await page.getByRole("button", { name: "Proposer les règles" }).click();
  await page.waitForSelector("#dossier-form");
  assert.ok(await page.locator("fieldset.rule-edit").count() >= 2, "rules proposed");
  // Each rule beside its source sentences, FR | NL; the refusal is the one we edit.
  const refusal = page.locator("fieldset.rule-edit").filter({ hasText: "ne financera jamais" });
  assert.equal(await refusal.count(), 1);
  assert.match(await refusal.locator("blockquote.source-sentence[lang=nl]").innerText(), /nooit/);
  const r = (await refusal.getAttribute("id")).replace("rule-", "r");
  assert.equal(await page.locator("#dossier").inputValue(), "sahel-2026");
  const ruleId = await page.locator(`#${r}-id`).inputValue();
  // Live validation: a rule without its Dutch side is refused with the schema's message, then accepted.
  await page.locator(`#${r}-nl`).fill("");
  await page.waitForSelector("#validation.error");
  assert.match(await page.locator("#validation").innerText(), /needs a French and a Dutch <claim>/);
  await page.locator(`#${r}-kind`).selectOption("forbid");
  await page.locator(`#${r}-severity`).selectOption("blocking");
  await page.locator(`#${r}-fr`).fill("financer la junte militaire");
  await page.locator(`#${r}-nl`).fill("de militaire junta financieren");
  await page.waitForSelector("#validation.valid");
  await page.screenshot({ path: join(shots, "dossier-edit.png"), fullPage: true });
  const [save] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/dossiers/save")),
    page.getByRole("button", { name: "Enregistrer" }).click(),
  ]);
  assert.equal(save.status(), 303, save.status() === 303 ? "" : await save.text());
  await page.waitForURL(/\/dossiers\?.*saved=sahel-2026/);
  // /dossiers shows it with the edited wording; the file is in the folder.
  assert.match(await page.locator("#saved").innerText(), /sahel-2026\.xml/);
  const saved = page.locator("#dossier-sahel-2026");
  assert.match(await saved.innerText(), /financer la junte militaire/);
  assert.match(readFileSync(join(editFolder, "sahel-2026.xml"), "utf8"), /financer la junte militaire/);
  // A check uses it: the edited rule gives a blocking finding.
  await page.goto(`${editBase}/check?ui=fr`);
  await page.locator("#text").fill("Note sur le Sahel\n\nLa Belgique va financer la junte militaire du Mali.");
  await page.getByRole("button", { name: "Vérifier le projet" }).click();
  await page.waitForSelector(".verdict");
  const finding = page.locator(".finding.blocking").filter({ hasText: ruleId });
  assert.equal(await finding.count(), 1, await page.locator("main").innerText());
  assert.match(await finding.locator(".dossier").innerText(), /sahel-2026 \(2026-03-04\)/);
  assert.deepEqual(page.errors, []);
});

test("the workbench shows a dossier's history between its versions and checks by date", async () => {
  const page = await newPage();
  await page.goto(`${editBase}/dossiers?ui=fr`);
  const history = page.locator("#dossier-aid-jun details.history");
  assert.match(await history.innerText(), /AID-1 modifiée/);
  assert.match(await history.innerText(), /100000000\s*→\s*300000000/);
  assert.match(await history.innerText(), /AID-2 ajoutée/);
  assert.match(await page.locator("#dossier-aid-feb .superseded").innerText(), /aid-jun/);
  // The same draft before and after June: the old cap, then the new one.
  for (const [date, blocking] of [["2025-03-01", 1], ["2025-07-01", 0]]) {
    await page.goto(`${editBase}/check?ui=fr`);
    await page.locator("#text").fill("Note\n\nNotre pays versera une aide alimentaire de 200 millions d'euros.");
    await page.locator("#date").fill(date);
    await page.getByRole("button", { name: "Vérifier le projet" }).click();
    await page.waitForSelector(".verdict");
    assert.equal(await page.locator(".finding.blocking").count(), blocking, date);
  }
  assert.deepEqual(page.errors, []);
});

test("without --allow-edit the save is refused, and so is a cross-site POST", async () => {
  const page = await newPage();
  // The read-only workbench shows the editor but refuses to save.
  await page.goto(`${base}/dossiers/new?ui=fr&empty=1`);
  assert.match(await page.locator("#edit-off").innerText(), /--allow-edit/);
  await page.locator("#dossier").fill("essai");
  await page.locator("#r0-fr").fill("lever les sanctions");
  await page.locator("#r0-nl").fill("de sancties opheffen");
  const [refused] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/dossiers/save")),
    page.getByRole("button", { name: "Enregistrer" }).click(),
  ]);
  assert.equal(refused.status(), 403);
  assert.match(await page.locator("main").innerText(), /saving is off/);
  // A page of another site posting to the editing workbench: refused, nothing written.
  const evil = await newPage();
  await evil.route("http://evil.example/**", (route) => route.fulfill({
    contentType: "text/html",
    body: `<form method="post" action="${editBase}/dossiers/save"><input name="action" value="save">
           <input name="dossier" value="evil"><input name="rules" value="0"><button id="go">go</button></form>`,
  }));
  await evil.goto("http://evil.example/");
  const [crossSite] = await Promise.all([
    evil.waitForResponse((r) => r.url().includes("/dossiers/save")),
    evil.locator("#go").click(),
  ]);
  assert.equal(crossSite.status(), 403);
  assert.match(await crossSite.text(), /not from http:\/\/evil\.example/);
  assert.throws(() => readFileSync(join(editFolder, "evil.xml")));
});

test("every page reflows on a 320 px window with text enlarged by a quarter", async () => {
  // WCAG reflow: whatever the font, a long path or word wraps and nothing needs a sideways scroll
  // (wide tables scroll inside their own box).
  const page = await newPage({ width: 320, height: 640 });
  await page.goto(`${base}/documents?ui=nl`);
  const documentPath = await page.locator("table.documents a").first().getAttribute("href");
  for (const path of ["/search?ui=nl&q=territoriale+integriteit", "/search?ui=fr&q=desarmement", documentPath,
                      "/documents?ui=nl", "/check?ui=nl", "/dossiers?ui=fr", "/status?ui=nl",
                      "/dossiers/new?ui=fr", "/dossiers/new?ui=nl&empty=1", "/dossiers/sahel-2025/edit?ui=fr"]) {
    await page.goto(base + path);
    await page.evaluate(() => { document.documentElement.style.fontSize = "125%"; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow}px wider than the window`);
  }
  assert.deepEqual(page.errors, []);
});
