// ActorGraph graph browser: reads /graphql, and links to /export for downloads. The view (actors shown, pinned, date, filters, selection)
// lives in the URL so a view can be shared.
"use strict";

const KINDS = ["ALLIED", "AFFILIATE", "RIVAL", "ATTACKED"];
const WEAK_CONFIDENCE = 0.7;
const PLAY_STEP_DAYS = 7;
const PLAY_INTERVAL_MS = 700;
const MAX_FIT_ZOOM = 1.4;
const ATTRIBUTION_ORDER = { AUTHOR: 0, CLAIM: 1, COMMENT: 2 };

const state = {
  actors: [],        // actors whose neighbourhood is shown (canonical names)
  pinned: new Set(), // node positions the layout must not move
  hidden: new Set(), // nodes the user removed
  asOf: null,        // "YYYY-MM-DD"
  kinds: new Set(KINDS),
  minConfidence: 0,
  selected: null,    // { type: "actor", name } or { type: "edge", id }
  showChanges: false,
};

let cy;
let range = { start: null, days: 0 };
let changes = [];
let playTimer = null;
const edgeData = new Map(); // edge id -> relation from the API, with its evidence

const $ = (id) => document.getElementById(id);

// ---------- GraphQL ----------
async function graphql(query, variables = {}, apiKey = null) {
  const headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json" };
  if (apiKey) headers["X-Api-Key"] = apiKey;
  const response = await fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

const NEIGHBORHOOD = `
  query Neighborhood($actor: String!, $asOf: String, $kinds: [RelationKind!], $min: Float) {
    neighborhood(actor: $actor, hops: 1, limit: 60, edgeLimit: 300, asOf: $asOf, kinds: $kinds, minConfidence: $min) {
      omitted omittedExact omittedEdges
      nodes { name type discovered }
      edges {
        id kind directed confidence validFrom validTo firstSeen lastSeen corrections
        source { name } target { name }
        evidence { sentence date dateText attribution claimedBy confidence explanation
                   document { key title published source url } }
      }
    }
  }`;

const ACTOR = `
  query Actor($name: String!) {
    actor(name: $name) { name type aliases discovered mergedFrom corrections firstSeen lastSeen documentCount relations { kind } }
  }`;

// ---------- corrections ----------
// Corrections change the graph for everyone, so they need the server's API key; the page asks once per tab.
const API_KEY_ITEM = "actorgraph.apiKey";

async function correct(mutation, variables) {
  let key = sessionStorage.getItem(API_KEY_ITEM);
  if (!key) {
    key = window.prompt("Corrections need the server's API key (ActorGraph:ApiKey):");
    if (!key) return false;
  }
  try {
    const data = await graphql(mutation, variables, key);
    sessionStorage.setItem(API_KEY_ITEM, key);
    return `Recorded: ${Object.values(data)[0].entry}`;
  } catch (error) {
    if (/API key/.test(error.message)) sessionStorage.removeItem(API_KEY_ITEM);
    status(error.message, true);
    return null;
  }
}

async function rejectSentence(edge, evidence) {
  const why = window.prompt(`Why does this sentence not state that ${edge.source.name} ${edge.kind.toLowerCase()} ${edge.target.name}?`, "");
  if (why === null) return;
  const done = await correct(`mutation($relation: String!, $document: String!, $sentence: String!, $why: String) {
      rejectEvidence(relation: $relation, document: $document, sentence: $sentence, why: $why, by: "graph browser") { entry } }`,
    { relation: edge.id, document: evidence.document.key, sentence: evidence.sentence, why });
  if (done) { await refresh(); status(done); }
}

async function mergeActor(name) {
  const into = window.prompt(`Merge “${name}” into which actor (any name or alias)?`, "");
  if (!into) return;
  const done = await correct(`mutation($from: String!, $into: String!) { mergeActors(from: $from, into: $into, by: "graph browser") { entry } }`, { from: name, into });
  if (!done) return;
  const { actor } = await graphql(ACTOR, { name: into });
  state.actors = [...new Set(state.actors.map((a) => (a === name ? actor.name : a)))];
  state.selected = { type: "actor", name: actor.name };
  await refresh();
  status(done);
}

async function renameActor(name) {
  const to = window.prompt(`New name for “${name}”:`, name);
  if (!to || to === name) return;
  const done = await correct(`mutation($actor: String!, $to: String!) { renameActor(actor: $actor, to: $to, by: "graph browser") { entry } }`, { actor: name, to });
  if (!done) return;
  state.actors = state.actors.map((a) => (a === name ? to : a));
  state.selected = { type: "actor", name: to };
  await refresh();
  status(done);
}

const SENTENCES_NAMING = `
  query Naming($first: String!, $second: String!) {
    sentencesNaming(first: $first, second: $second) { sentence offset document { key title published source } }
  }`;

// Asserting a relation extraction missed: the analyst names the other actor and the kind, then picks the sentence
// from the documents that name both (or names an outside source).
async function assertFrom(name) {
  const other = window.prompt(`Assert a relation between “${name}” and which actor (any name or alias)?`, "");
  if (!other) return;
  const kind = (window.prompt(`“${name}” … “${other}”: attacked, allied, rival or affiliate?`, "attacked") || "").trim().toUpperCase();
  if (!KINDS.includes(kind)) { if (kind) status(`“${kind.toLowerCase()}” is no relation kind.`, true); return; }
  let found;
  try {
    found = (await graphql(SENTENCES_NAMING, { first: name, second: other })).sentencesNaming;
  } catch (error) {
    status(error.message, true);
    return;
  }
  const submit = async (variables) => {
    const date = window.prompt("When did it happen? YYYY-MM-DD, YYYY-MM or YYYY (empty if the text does not say):", "");
    if (date === null) return;
    const done = await correct(`mutation($source: String!, $target: String!, $kind: RelationKind!, $date: String, $document: String, $sentence: String, $outsideSource: String) {
        assertRelation(source: $source, target: $target, kind: $kind, date: $date, document: $document, sentence: $sentence, outsideSource: $outsideSource, by: "graph browser") { entry } }`,
      { source: name, target: other, kind, date: date || null, ...variables });
    if (!done) return;
    const { actor } = await graphql(ACTOR, { name: other });
    if (actor && !state.actors.includes(actor.name)) state.actors.push(actor.name);
    await refresh();
    status(done);
  };
  const items = found.map((x) => {
    const use = el("button", { type: "button", className: "use-sentence", textContent: "This sentence states it" });
    use.addEventListener("click", () => submit({ document: x.document.key, sentence: x.sentence }));
    return el("li", {},
      el("blockquote", { className: "sentence", textContent: x.sentence }),
      el("div", { className: "meta" }, [x.document.title, x.document.published, x.document.source].filter(Boolean).join(" · ") + " ", use));
  });
  const outside = el("button", { type: "button", textContent: "Stated elsewhere: name the source…" });
  outside.addEventListener("click", () => {
    const source = window.prompt("Where is it stated (report, page, date)?", "");
    if (source) submit({ outsideSource: source });
  });
  details(`Assert: ${name} ${kind.toLowerCase()} ${other}`, [
    note(found.length ? "Pick the sentence that states it, from the documents that name both:" : "No loaded document has a sentence naming both."),
    el("ul", { className: "evidence" }, ...items),
    el("div", { className: "node-actions" }, outside),
  ]);
}

async function addAlias(name) {
  const alias = window.prompt(`Another name “${name}” goes by:`, "");
  if (!alias) return;
  const done = await correct(`mutation($actor: String!, $alias: String!) { addAlias(actor: $actor, alias: $alias, by: "graph browser") { entry } }`, { actor: name, alias });
  if (done) { await showActor(name); status(done); }
}

// ---------- dates ----------
const toDay = (date) => date.toISOString().slice(0, 10);
const addDays = (day, n) => { const d = new Date(day + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return toDay(d); };
const daysBetween = (a, b) => Math.round((new Date(b + "T00:00:00Z") - new Date(a + "T00:00:00Z")) / 86400000);
const startOf = (partial) => partial.length === 4 ? partial + "-01-01" : partial.length === 7 ? partial + "-01" : partial;

// ---------- status ----------
function status(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

// ---------- URL state ----------
function readUrl() {
  const p = new URLSearchParams(location.search);
  if (p.get("actors")) state.actors = p.get("actors").split("|").filter(Boolean);
  if (p.get("pinned")) state.pinned = new Set(p.get("pinned").split("|").filter(Boolean));
  if (p.get("hidden")) state.hidden = new Set(p.get("hidden").split("|").filter(Boolean));
  if (/^\d{4}-\d{2}-\d{2}$/.test(p.get("asOf") || "")) state.asOf = p.get("asOf");
  if (p.get("kinds")) state.kinds = new Set(p.get("kinds").split(",").map((k) => k.toUpperCase()).filter((k) => KINDS.includes(k)));
  if (p.get("min")) state.minConfidence = Math.min(1, Math.max(0, Number(p.get("min")) || 0));
  if (p.get("changes") === "1") state.showChanges = true;
  const sel = p.get("sel");
  if (sel && sel.startsWith("actor:")) state.selected = { type: "actor", name: sel.slice(6) };
  if (sel && sel.startsWith("edge:")) state.selected = { type: "edge", id: sel.slice(5) };
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.actors.length) p.set("actors", state.actors.join("|"));
  if (state.pinned.size) p.set("pinned", [...state.pinned].join("|"));
  if (state.hidden.size) p.set("hidden", [...state.hidden].join("|"));
  if (state.asOf) p.set("asOf", state.asOf);
  if (state.kinds.size !== KINDS.length) p.set("kinds", [...state.kinds].join(",").toLowerCase());
  if (state.minConfidence > 0) p.set("min", String(state.minConfidence));
  if (state.showChanges) p.set("changes", "1");
  if (state.selected) p.set("sel", state.selected.type === "actor" ? "actor:" + state.selected.name : "edge:" + state.selected.id);
  const query = p.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
}

// ---------- graph ----------
function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }

function graphStyle() {
  const kindColor = { ALLIED: css("--allied"), AFFILIATE: css("--affiliate"), RIVAL: css("--rival"), ATTACKED: css("--attacked") };
  return [
    { selector: "node", style: {
      "label": "data(label)", "color": css("--node-text"), "font-size": 13, "text-valign": "bottom", "text-margin-y": 4,
      "text-wrap": "wrap", "text-max-width": 120, "background-color": css("--node"), "width": 22, "height": 22,
      "border-width": 1, "border-color": css("--bg") } },
    { selector: "node[type = 'STATE']", style: { "shape": "round-rectangle" } },
    { selector: "node[type = 'COALITION']", style: { "shape": "hexagon", "width": 26, "height": 26 } },
    { selector: "node[type = 'PERSON']", style: { "shape": "triangle" } },
    { selector: "node[type = 'OTHER']", style: { "shape": "diamond" } },
    { selector: "node[?discovered]", style: { "border-style": "dashed", "border-width": 2, "border-color": css("--muted") } },
    { selector: "node.focus", style: { "width": 30, "height": 30, "font-weight": "bold" } },
    { selector: "node.pinned", style: { "border-width": 4, "border-color": css("--accent") } },
    { selector: "node:selected", style: { "overlay-color": css("--accent"), "overlay-opacity": 0.25 } },
    { selector: "edge", style: {
      "width": 3, "curve-style": "bezier", "line-color": (e) => kindColor[e.data("kind")], "target-arrow-color": (e) => kindColor[e.data("kind")],
      "arrow-scale": 1.2 } },
    { selector: "edge[?directed]", style: { "target-arrow-shape": "triangle" } },
    { selector: "edge[kind = 'AFFILIATE']", style: { "line-style": "dotted" } },
    { selector: "edge[kind = 'RIVAL']", style: { "line-style": "dashed" } },
    { selector: "edge.weak", style: { "opacity": 0.45, "width": 2 } },
    { selector: "edge.changed", style: { "underlay-color": css("--changed"), "underlay-opacity": 0.45, "underlay-padding": 5 } },
    { selector: "edge:selected", style: { "width": 6, "overlay-color": css("--accent"), "overlay-opacity": 0.2 } },
  ];
}

function initGraph() {
  cy = cytoscape({ container: $("graph"), style: graphStyle(), minZoom: 0.1, maxZoom: 4 });
  cy.on("tap", "node", (event) => openActor(event.target.id()));
  cy.on("tap", "edge", (event) => select({ type: "edge", id: event.target.id() }));
  cy.on("dragfree", "node", (event) => { state.pinned.add(event.target.id()); event.target.addClass("pinned").lock(); writeUrl(); });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => cy.style(graphStyle()));
}

// The download link exports what the page shows: the same actors' neighbourhoods, date, kinds, confidence and hidden nodes.
function updateExportLink() {
  const p = new URLSearchParams();
  for (const actor of state.actors) p.append("actor", actor);
  for (const name of state.hidden) p.append("hide", name);
  if (state.asOf) p.set("asOf", state.asOf);
  if (state.kinds.size !== KINDS.length) p.set("kinds", [...state.kinds].join(",").toLowerCase());
  if (state.minConfidence > 0) p.set("minConfidence", String(state.minConfidence));
  if (state.actors.length) p.set("limit", "60");
  const query = p.toString();
  $("export").href = `/export/${$("export-format").value}${query ? "?" + query : ""}`;
}

// Each refresh is numbered: an answer that comes back after a newer refresh began is dropped, so moving the
// slider fast never leaves the graph of an earlier day on screen.
let refreshNumber = 0;

async function refresh() {
  const mine = ++refreshNumber;
  writeUrl();
  updateExportLink();
  if (!state.actors.length) {
    cy.elements().remove();
    edgeData.clear();
    renderRelationList();
    renderActorList();
    return;
  }
  status("Loading…");
  try {
    const kinds = [...state.kinds];
    const results = await Promise.all(state.actors.map((actor) =>
      graphql(NEIGHBORHOOD, { actor, asOf: state.asOf, kinds, min: state.minConfidence })));
    if (mine !== refreshNumber) return;
    const nodes = new Map();
    const edges = new Map();
    // A hub shows its 60 best-attested neighbours and their 300 best-attested relations: the page never freezes on thousands.
    let omitted = 0;
    let omittedEdges = 0;
    let exact = true;
    for (const { neighborhood } of results) {
      for (const n of neighborhood.nodes) nodes.set(n.name, n);
      for (const e of neighborhood.edges) edges.set(e.id, e);
      omitted += neighborhood.omitted;
      omittedEdges += neighborhood.omittedEdges;
      exact = exact && neighborhood.omittedExact;
    }
    for (const name of state.hidden) nodes.delete(name);
    for (const [id, e] of edges) if (!nodes.has(e.source.name) || !nodes.has(e.target.name)) edges.delete(id);
    draw(nodes, edges);
    status(`${nodes.size} actors, ${edges.size} relations as of ${state.asOf}` +
      (omitted ? ` (${exact ? "" : "at least "}${omitted} less attested neighbours not shown)` : "") +
      (omittedEdges ? ` (${omittedEdges} weaker relations among them not shown)` : ""));
  } catch (error) {
    if (mine === refreshNumber) status(error.message, true);
  }
}

function draw(nodes, edges) {
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    cy.elements().filter((el) => el.isNode() ? !nodes.has(el.id()) : !edges.has(el.id())).remove();
    for (const [name, n] of nodes) {
      if (cy.getElementById(name).nonempty()) continue;
      cy.add({ group: "nodes", data: { id: name, label: name, type: n.type, discovered: n.discovered } });
    }
    edgeData.clear();
    for (const [id, e] of edges) {
      edgeData.set(id, e);
      const claimOnly = e.evidence.every((x) => x.attribution !== "AUTHOR");
      const classes = [claimOnly || e.confidence < WEAK_CONFIDENCE ? "weak" : "", isChanged(e) ? "changed" : ""].join(" ").trim();
      const existing = cy.getElementById(id);
      if (existing.nonempty()) { existing.classes(classes); continue; }
      cy.add({ group: "edges", classes, data: { id, source: e.source.name, target: e.target.name, kind: e.kind, directed: e.directed } });
    }
    cy.nodes().forEach((n) => {
      n.toggleClass("focus", state.actors.includes(n.id()));
      n.toggleClass("pinned", state.pinned.has(n.id()));
      if (state.pinned.has(n.id())) n.lock(); else n.unlock();
    });
  });
  const added = cy.nodes().filter((n) => !before.has(n.id()));
  if (added.nonempty()) {
    cy.layout({
      name: "cose", animate: false, randomize: before.size === 0, fit: false, padding: 50,
      idealEdgeLength: () => 150, nodeRepulsion: () => 600000, nodeOverlap: 40, gravity: 0.25, numIter: 2000, componentSpacing: 100,
      nodeDimensionsIncludeLabels: true,
      // Several kinds between one pair must not pull that pair together several times as hard.
      edgeElasticity: (edge) => 32 / edge.parallelEdges().length,
    }).run();
    fit();
  }
  renderRelationList();
  renderActorList();
  if (state.selected) showSelection();
}

/** Fits the graph without zooming a handful of nodes up to giant size. */
function fit() {
  cy.fit(undefined, 50);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function isChanged(edge) {
  if (!state.showChanges) return false;
  return changes.some((c) => {
    const pair = c.pair.map((p) => p.name);
    return pair.includes(edge.source.name) && pair.includes(edge.target.name);
  });
}

function renderActorList() {
  const list = $("actors");
  list.replaceChildren();
  const names = cy.nodes().map((n) => n.id()).sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const button = el("button", { type: "button", textContent: name, title: "Show details and neighbours" });
    button.addEventListener("click", () => openActor(name));
    const expanded = state.actors.includes(name);
    list.append(el("li", { className: expanded ? "expanded" : "" }, button, expanded ? " (neighbours shown)" : null));
  }
}

function renderRelationList() {
  const list = $("relations");
  list.replaceChildren();
  const sorted = [...edgeData.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (!sorted.length) {
    const li = document.createElement("li");
    li.className = "hint";
    li.textContent = state.actors.length ? "No relations hold with these filters on this date." : "Nothing shown yet.";
    list.append(li);
  }
  for (const e of sorted) {
    const li = document.createElement("li");
    li.dataset.kind = e.kind;
    li.dataset.pair = [e.source.name, e.target.name].sort().join("|");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${e.source.name} ${e.kind.toLowerCase()} ${e.target.name}`;
    button.addEventListener("click", () => select({ type: "edge", id: e.id }));
    const tag = document.createElement("span");
    tag.className = "kind-tag " + e.kind;
    tag.textContent = e.kind.toLowerCase();
    li.append(tag, " ", button);
    list.append(li);
  }
}

// ---------- selection and details ----------
function select(selection) {
  state.selected = selection;
  writeUrl();
  showSelection();
}

function showSelection() {
  cy.elements().unselect();
  const sel = state.selected;
  if (!sel) return;
  if (sel.type === "edge") {
    cy.getElementById(sel.id).select();
    const e = edgeData.get(sel.id);
    if (e) showEdge(e); else details("Relation", [note("This relation does not hold on the chosen date or with these filters.")]);
  } else {
    cy.getElementById(sel.name).select();
    showActor(sel.name);
  }
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}
const note = (text) => el("p", { className: "hint", textContent: text });

function details(title, children) {
  const panel = $("details");
  panel.replaceChildren(el("h2", { textContent: title }), ...children);
}

// Only an absolute http(s) address becomes a link: a document's URL is data from whoever wrote the file.
function webLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function showEdge(e) {
  const period = [e.validFrom ? `from ${e.validFrom}` : "undated start", e.validTo ? `until ${e.validTo}` : null].filter(Boolean).join(", ");
  const ordered = [...e.evidence].sort((a, b) =>
    ATTRIBUTION_ORDER[a.attribution] - ATTRIBUTION_ORDER[b.attribution] || (a.date || "").localeCompare(b.date || ""));
  const items = ordered.map((x) => {
    const d = x.document;
    const docText = [d.title, d.published, d.source].filter(Boolean).join(" · ");
    const link = webLink(d.url);
    const doc = link ? el("a", { href: link, textContent: docText, rel: "noopener noreferrer" }) : el("span", { textContent: docText });
    const who = x.attribution === "CLAIM" ? `claim${x.claimedBy ? " by " + x.claimedBy : ""}`
      : x.attribution === "COMMENT" ? "reader comment, not a fact" : "author";
    const when = x.date ? `${x.date}${x.dateText ? ` (“${x.dateText}”)` : ""}` : "undated";
    const wrong = el("button", { type: "button", className: "wrong", textContent: "Wrong", title: "This sentence does not state the relation" });
    wrong.addEventListener("click", () => rejectSentence(e, x));
    return el("li", {},
      el("blockquote", { className: "sentence " + x.attribution.toLowerCase(), textContent: x.sentence }),
      el("div", { className: "meta" }, `${when} · ${who} · confidence ${x.confidence.toFixed(2)} · `, doc, " ", wrong));
  });
  details(`${e.source.name} ${e.kind.toLowerCase()} ${e.target.name}`, [
    el("p", { className: "meta", textContent: `${e.directed ? "directed" : "symmetric"} · ${period} · confidence ${e.confidence.toFixed(2)} · ${e.evidence.length} sentence(s)` }),
    el("ul", { className: "evidence" }, ...items),
    ...(e.corrections && e.corrections.length ? [el("p", { className: "meta corrections", textContent: "Corrected: " + e.corrections.join("; ") })] : []),
  ]);
}

async function showActor(name) {
  try {
    const { actor } = await graphql(ACTOR, { name });
    if (!actor) { details(name, [note("Unknown actor.")]); return; }
    const counts = KINDS.map((k) => `${k.toLowerCase()} ${actor.relations.filter((r) => r.kind === k).length}`).join(", ");
    const facts = el("dl", { className: "facts" },
      el("dt", { textContent: "type" }), el("dd", { textContent: actor.type.toLowerCase().replace("_", " ") + (actor.discovered ? " (discovered)" : "") }),
      el("dt", { textContent: "aliases" }), el("dd", { textContent: actor.aliases.join(", ") || "—" }),
      el("dt", { textContent: "relations" }), el("dd", { textContent: counts }),
      el("dt", { textContent: "first seen" }), el("dd", { textContent: actor.firstSeen || "—" }),
      el("dt", { textContent: "last seen" }), el("dd", { textContent: actor.lastSeen || "—" }),
      el("dt", { textContent: "documents" }), el("dd", { textContent: String(actor.documentCount) }),
      ...(actor.mergedFrom.length ? [el("dt", { textContent: "merged from" }), el("dd", { textContent: actor.mergedFrom.join(", ") })] : []),
      ...(actor.corrections.length ? [el("dt", { textContent: "corrections" }), el("dd", { textContent: actor.corrections.join("; ") })] : []));
    const expandButton = el("button", { type: "button", textContent: "Expand neighbours" });
    expandButton.addEventListener("click", () => expand(actor.name));
    const pinButton = el("button", { type: "button", textContent: state.pinned.has(actor.name) ? "Unpin" : "Pin" });
    pinButton.addEventListener("click", () => togglePin(actor.name));
    const removeButton = el("button", { type: "button", textContent: "Remove" });
    removeButton.addEventListener("click", () => removeActor(actor.name));
    const mergeButton = el("button", { type: "button", textContent: "Merge into…" });
    mergeButton.addEventListener("click", () => mergeActor(actor.name));
    const renameButton = el("button", { type: "button", textContent: "Rename…" });
    renameButton.addEventListener("click", () => renameActor(actor.name));
    const aliasButton = el("button", { type: "button", textContent: "Add alias…" });
    aliasButton.addEventListener("click", () => addAlias(actor.name));
    const assertButton = el("button", { type: "button", textContent: "Assert a relation…" });
    assertButton.addEventListener("click", () => assertFrom(actor.name));
    details(actor.name, [facts, el("div", { className: "node-actions" }, expandButton, pinButton, removeButton),
      el("div", { className: "node-actions corrections" }, mergeButton, renameButton, aliasButton, assertButton)]);
  } catch (error) {
    status(error.message, true);
  }
}

// ---------- actions ----------
async function show(name) {
  try {
    const { actor } = await graphql(ACTOR, { name });
    if (!actor) { status(`No actor named or aliased “${name}”.`, true); return; }
    if (!state.actors.includes(actor.name)) state.actors.push(actor.name);
    state.hidden.delete(actor.name);
    state.selected = { type: "actor", name: actor.name };
    await refresh();
    cy.animate({ center: { eles: cy.getElementById(actor.name) }, duration: 200 });
  } catch (error) {
    status(error.message, true);
  }
}

/** A click on an actor (node or list): its details, and its neighbours added to the view. */
async function openActor(name) {
  state.selected = { type: "actor", name };
  await expand(name);
}

async function expand(name) {
  if (!state.actors.includes(name)) state.actors.push(name);
  await refresh();
}

function togglePin(name) {
  const node = cy.getElementById(name);
  if (state.pinned.has(name)) { state.pinned.delete(name); node.removeClass("pinned").unlock(); }
  else { state.pinned.add(name); node.addClass("pinned").lock(); }
  writeUrl();
  showActor(name);
}

async function removeActor(name) {
  state.actors = state.actors.filter((a) => a !== name);
  state.pinned.delete(name);
  state.hidden.add(name);
  if (state.selected && state.selected.type === "actor" && state.selected.name === name) state.selected = null;
  details("Details", [note(`${name} removed from the view.`)]);
  await refresh();
}

function setDay(day, { refreshNow = true } = {}) {
  const offset = Math.min(range.days, Math.max(0, daysBetween(range.start, day)));
  state.asOf = addDays(range.start, offset);
  $("time").value = String(offset);
  $("date").value = state.asOf;
  $("time-label").textContent = state.asOf;
  if (refreshNow) refresh();
}

function togglePlay() {
  const button = $("play");
  if (playTimer) {
    clearInterval(playTimer);
    playTimer = null;
    button.textContent = "Play";
    button.setAttribute("aria-pressed", "false");
    return;
  }
  if (Number($("time").value) >= range.days) setDay(range.start, { refreshNow: false });
  button.textContent = "Pause";
  button.setAttribute("aria-pressed", "true");
  playTimer = setInterval(() => {
    const next = Number($("time").value) + PLAY_STEP_DAYS;
    setDay(addDays(range.start, Math.min(next, range.days)));
    if (next >= range.days) togglePlay();
  }, PLAY_INTERVAL_MS);
}

async function toggleChanges() {
  state.showChanges = !state.showChanges;
  await renderChanges();
  refresh();
}

async function renderChanges() {
  $("changes").setAttribute("aria-pressed", String(state.showChanges));
  $("changes-panel").hidden = !state.showChanges;
  if (!state.showChanges) return;
  // A large graph has tens of thousands: the first few hundred are listed, and how many there are.
  const data = await graphql(`{ allianceChanges(includeRenewals: true, first: 500) { id type pair { name } before after date }
    allianceChangeCount(includeRenewals: true) }`);
  changes = data.allianceChanges;
  const list = $("change-list");
  list.replaceChildren();
  for (const c of changes) {
    const pair = c.pair.map((p) => p.name);
    const what = c.type === "FLIP" ? `${c.before.toLowerCase()} → ${c.after.toLowerCase()}` : "hostility renewed";
    const button = el("button", { type: "button", textContent: `${pair.join(" – ")}: ${what}, ${c.date || "undated"}` });
    button.addEventListener("click", async () => {
      for (const name of pair) if (!state.actors.includes(name)) state.actors.push(name);
      if (c.date) setDay(addDays(startOf(c.date), 14), { refreshNow: false });
      await refresh();
    });
    list.append(el("li", {}, button));
  }
  if (!changes.length) list.append(el("li", { className: "hint", textContent: "No alliance changes in the graph." }));
  if (data.allianceChangeCount > changes.length)
    list.append(el("li", { className: "hint", textContent: `The first ${changes.length} of ${data.allianceChangeCount} changes; the report (actorgraph report) lists them all.` }));
}

// ---------- start ----------
async function suggest() {
  const text = $("search").value.trim();
  if (text.length < 2) return;
  try {
    const data = await graphql(`query($s: String) { actors(search: $s, first: 10) { nodes { name aliases } } }`, { s: text });
    const options = data.actors.nodes.map((a) => el("option", { value: a.name, label: a.aliases.slice(0, 3).join(", ") }));
    $("suggestions").replaceChildren(...options);
  } catch (error) {
    status(error.message, true);
  }
}

let suggestTimer;
function wire() {
  $("search-form").addEventListener("submit", (event) => { event.preventDefault(); const v = $("search").value.trim(); if (v) show(v); });
  $("search").addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 200); });
  $("time").addEventListener("input", () => setDay(addDays(range.start, Number($("time").value))));
  $("date").addEventListener("change", () => { if ($("date").value) setDay($("date").value); });
  $("play").addEventListener("click", togglePlay);
  $("confidence").addEventListener("input", () => {
    state.minConfidence = Number($("confidence").value);
    $("confidence-label").textContent = state.minConfidence.toFixed(2);
    refresh();
  });
  for (const box of document.querySelectorAll("input[name=kind]")) {
    box.addEventListener("change", () => { if (box.checked) state.kinds.add(box.value); else state.kinds.delete(box.value); refresh(); });
  }
  $("export-format").addEventListener("change", updateExportLink);
  $("fit").addEventListener("click", fit);
  $("changes").addEventListener("click", toggleChanges);
  $("clear").addEventListener("click", () => {
    state.actors = []; state.pinned.clear(); state.hidden.clear(); state.selected = null;
    details("Details", [note("Search an actor to start.")]);
    refresh();
  });
  document.addEventListener("keydown", (event) => {
    if (event.target.matches("input, textarea")) return;
    if (event.key === "/") { event.preventDefault(); $("search").focus(); }
    if (event.key === "f") fit();
  });
}

async function main() {
  readUrl();
  initGraph();
  wire();
  for (const box of document.querySelectorAll("input[name=kind]")) box.checked = state.kinds.has(box.value);
  $("confidence").value = String(state.minConfidence);
  $("confidence-label").textContent = state.minConfidence.toFixed(2);
  try {
    const { stats } = await graphql(`{ stats { earliest latest } }`);
    const latest = stats.latest || toDay(new Date());
    range.start = addDays(startOf(stats.earliest || latest), -30);
    range.days = daysBetween(range.start, latest);
    $("time").max = String(range.days);
    $("date").min = range.start;
    $("date").max = latest;
    setDay(state.asOf || latest, { refreshNow: false });
    await renderChanges();
    await refresh();
  } catch (error) {
    status(error.message, true);
  }
}

main();
