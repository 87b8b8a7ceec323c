// Facilitator room: the phone's side. Plain script, no libraries, nothing from elsewhere.
// Every submission gets an id made here and waits in an outbox (kept in localStorage) until
// the laptop acknowledges it; a reload, a screen lock or a dropped Wi-Fi sends it again under
// the same id, and the laptop applies each id once. All room text is shown with textContent.
"use strict";
(function () {
  const STRINGS = {
    en: { room: "Workshop room", who: "Who are you?", your_name: "Your name",
          choose: "Choose your name", category: "Category", lane: "Lane",
          your_idea: "Your idea", add: "Add idea", sent: "Sent. Thank you!",
          saving: "Sending…", offline: "Reconnecting… what you sent is kept and will be sent.",
          left: "Dots left: {n}", dot: "Add a dot", undot: "Take back",
          dots_on: "{n} of your dots", impact: "Impact", ease: "Ease", save: "Save rating",
          rated: "Your rating: impact {i}, ease {e}", rate_help:
          "Rate each card from 1 (low) to 5 (high).", closed: "The room is closed.",
          nothing: "Nothing is open yet. Keep this page open: it follows the room.",
          other: "Español", refused: "Not taken: {why}",
          sent_waiting: "Sent. It reaches the screen once the facilitator approves it.",
          waiting_h: "Waiting for the facilitator",
          waiting: "Waiting for the facilitator: {text}",
          sheet_who: "Choose your name above to fill in your own copy.",
          send_answers: "Send my answers", no_change: "Nothing new to send.",
          answer_sent: "Sent" },
    es: { room: "Sala del taller", who: "¿Quién es usted?", your_name: "Su nombre",
          choose: "Elija su nombre", category: "Categoría", lane: "Carril",
          your_idea: "Su idea", add: "Añadir idea", sent: "Enviado. ¡Gracias!",
          saving: "Enviando…", offline: "Reconectando… lo que envió se guarda y se enviará.",
          left: "Puntos restantes: {n}", dot: "Dar un punto", undot: "Retirar",
          dots_on: "{n} de sus puntos", impact: "Impacto", ease: "Facilidad",
          save: "Guardar valoración", rated: "Su valoración: impacto {i}, facilidad {e}",
          rate_help: "Valore cada tarjeta de 1 (bajo) a 5 (alto).",
          closed: "La sala está cerrada.",
          nothing: "Aún no hay nada abierto. Deje esta página abierta: sigue a la sala.",
          other: "English", refused: "No se aceptó: {why}",
          sent_waiting: "Enviado. Aparecerá en la pantalla cuando el facilitador lo apruebe.",
          waiting_h: "Esperando al facilitador",
          waiting: "Esperando al facilitador: {text}",
          sheet_who: "Elija su nombre arriba para rellenar su propia copia.",
          send_answers: "Enviar mis respuestas", no_change: "No hay nada nuevo que enviar.",
          answer_sent: "Enviado" },
  };
  const code = location.pathname.split("/")[1];
  const base = "/" + code + "/";
  const key = (name) => "facilitator-room:" + code + ":" + name;
  const store = {
    get(name, fallback) {
      try { const v = localStorage.getItem(key(name)); return v === null ? fallback : JSON.parse(v); }
      catch (e) { return fallback; }
    },
    set(name, value) { try { localStorage.setItem(key(name), JSON.stringify(value)); } catch (e) {} },
  };
  function randomHex(bytes) {
    const a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    return Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  let phone = store.get("phone", null);
  if (!/^[0-9a-f]{32}$/.test(phone || "")) { phone = randomHex(16); store.set("phone", phone); }
  let lang = store.get("lang", null) || document.documentElement.lang || "en";
  if (!STRINGS[lang]) lang = "en";
  let outbox = store.get("outbox", []);
  let state = null;
  let sending = false;
  let retryMs = 500;
  const $ = (id) => document.getElementById(id);

  function t(name, values) {
    let s = (STRINGS[lang] || STRINGS.en)[name] || name;
    for (const k in values || {}) s = s.replace("{" + k + "}", String(values[k]));
    return s;
  }
  function say(text, error) {
    const el = $("status");
    el.textContent = text;
    el.className = error ? "error" : "";
  }
  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $("lang").textContent = t("other");
    $("lang").setAttribute("lang", lang === "en" ? "es" : "en");
    if (state) render();
  }
  function el(tag, props, text) {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // A list's options are made again only when they changed: every push re-renders the page,
  // and options replaced under a finger close a phone's open picker (and lose the choice).
  function options(select, items, chosen) {
    const keep = chosen !== undefined ? chosen : select.value;
    const key = JSON.stringify([items.map((o) => [String(o.id), o.label || o.name]), lang]);
    if (select.dataset.shown !== key) {
      select.replaceChildren(...items.map((o) => el("option", { value: String(o.id) }, o.label || o.name)));
      select.dataset.shown = key;
    }
    if (items.some((o) => String(o.id) === String(keep)) && select.value !== String(keep)) {
      select.value = String(keep);
    }
  }

  // Sending: one at a time, oldest first, the same id until acknowledged ------------------
  function enqueue(body) {
    body.id = randomHex(12);
    body.phone = phone;
    // The board this was made for: if the facilitator has moved on meanwhile, the room
    // refuses it rather than put it on another board.
    const part = { idea: "ideas", dot: "dots", undot: "dots", rate: "ratings",
                   sheet: "sheet" }[body.kind];
    if (state && state[part]) body.block = state[part].block;
    if (state && (state.named || state.sheet)) body.person = Number(store.get("person", 0)) || null;
    outbox.push(body);
    store.set("outbox", outbox);
    say(t("saving"));
    flush();
  }
  async function flush() {
    if (sending) return;
    sending = true;
    try {
      while (outbox.length) {
        const body = outbox[0];
        let response;
        try {
          response = await fetch(base + "submit", { method: "POST", cache: "no-store",
            headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        } catch (e) { response = null; }
        if (!response || response.status === 429 || response.status >= 500) {
          say(t("offline"), true);
          setTimeout(flush, retryMs);
          retryMs = Math.min(retryMs * 2, 10000);
          return;
        }
        retryMs = 500;
        outbox.shift();
        store.set("outbox", outbox);
        if (response.ok) {
          let waiting = false;
          try { waiting = Boolean((await response.json()).waiting); } catch (e) {}
          say(t(waiting ? "sent_waiting" : "sent"));
          refreshSoonish();
          // The room's part of the state may be read up to half a second late: read again
          // then, so the phone's own waiting idea is listed even if a push was missed.
          if (waiting) setTimeout(refreshSoonish, 700);
        }
        else {
          let why = String(response.status);
          try { why = (await response.json()).error || why; } catch (e) {}
          say(t("refused", { why: why }), true);
          // An idea not taken goes back into an empty box, so nothing typed is lost.
          if (body.kind === "idea" && $("text") && !$("text").value) $("text").value = body.text;
          refreshSoonish();
        }
      }
    } finally { sending = false; }
  }

  // The room's state, and a live line that says when it changed -----------------------------
  async function refresh() {
    try {
      const response = await fetch(base + "state?phone=" + phone, { cache: "no-store" });
      if (response.status === 404) { say(t("closed"), true); return; }
      if (!response.ok) return;
      const fresh = await response.json();
      // Two reads in flight may answer in either order: never go back to an older reading
      // (a list rebuilt to its older self and back moves the focus and loses a tap).
      if (state && typeof fresh.v === "number" && fresh.v < state.v) return;
      state = fresh;
      render();
    } catch (e) { /* the live line reconnects and refreshes */ }
  }
  let socket = null;
  let refreshSoon = 0;
  function refreshSoonish() {  // spread forty phones' reads over a moment, one read each
    if (!refreshSoon) refreshSoon = setTimeout(() => { refreshSoon = 0; refresh(); },
                                               Math.random() * 400);
  }
  let socketRetry = 500;
  function connect() {
    if (socket && socket.readyState <= 1) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + base + "events?phone=" + phone);
    socket.onopen = () => { socketRetry = 500; refresh(); flush(); };
    socket.onmessage = refreshSoonish;
    socket.onclose = () => {
      setTimeout(connect, socketRetry);
      socketRetry = Math.min(socketRetry * 2, 10000);
    };
  }

  function render() {
    const s = state;
    $("title").textContent = s.title || t("room");
    $("who").hidden = !(s.named || s.sheet);
    if (s.named || s.sheet) {
      const people = [{ id: "", name: t("choose") }].concat(s.people || []);
      options($("person"), people, store.get("person", ""));
    }
    renderIdeas(s.ideas);
    renderDots(s.dots);
    renderRatings(s.ratings);
    renderSheet(s.sheet);
    $("nothing").hidden = Boolean(s.ideas || s.dots || s.ratings || s.sheet);
  }
  function renderIdeas(ideas) {
    $("ideas").hidden = !ideas;
    if (!ideas) return;
    $("ideas-h").textContent = ideas.title;
    options($("category"), ideas.categories);
    $("lane-row").hidden = !ideas.lanes.length;
    options($("lane"), ideas.lanes);
    // This phone's ideas that the facilitator has not approved yet (screened rooms).
    const waiting = state.mine.waiting || [];
    $("waiting-box").hidden = !waiting.length;
    if (!changed("waiting", waiting)) return;
    $("waiting").replaceChildren(...waiting.map((idea) => {
      const li = el("li", { className: "waiting" });
      li.append(el("p", { className: "text" }, idea.text));
      li.setAttribute("aria-label", t("waiting", { text: idea.text }));
      return li;
    }));
  }
  // A list is rebuilt only when what it shows changed (another phone's idea must not move the
  // focus or a screen reader's place), and a score chosen but not yet saved survives a rebuild.
  const shown = {};
  const drafts = {};
  function changed(name, data) {
    const key = JSON.stringify([data, lang]);
    if (shown[name] === key) return false;
    shown[name] = key;
    return true;
  }
  function keepFocus(rebuild) {
    const focused = document.activeElement && document.activeElement.id;
    rebuild();
    if (focused && $(focused) && document.activeElement !== $(focused)) $(focused).focus();
  }
  function renderDots(dots) {
    $("dots").hidden = !dots;
    if (!dots) return;
    $("dots-h").textContent = dots.title;
    $("dots-left").textContent = t("left", { n: state.mine.left });
    if (!changed("dots", [dots.cards, state.mine.dots, state.mine.left])) return;
    $("dot-cards").replaceChildren(...dots.cards.map((card) => {
      const li = el("li");
      li.append(el("p", { className: "text" }, card.text));
      const mine = state.mine.dots[String(card.id)] || 0;
      if (mine) li.append(el("p", {}, t("dots_on", { n: mine })));
      const row = el("div", { className: "row" });
      const add = el("button", { type: "button", disabled: state.mine.left <= 0 }, t("dot"));
      add.setAttribute("aria-label", t("dot") + ": " + card.text);
      add.onclick = () => enqueue({ kind: "dot", idea: card.id });
      row.append(add);
      if (mine) {
        const back = el("button", { type: "button" }, t("undot"));
        back.setAttribute("aria-label", t("undot") + ": " + card.text);
        back.onclick = () => enqueue({ kind: "undot", idea: card.id });
        row.append(back);
      }
      li.append(row);
      return li;
    }));
  }
  function scoreSelect(id, label, value) {
    const wrap = el("div");
    wrap.append(el("label", { htmlFor: id }, label));
    const select = el("select", { id: id });
    select.append(...[1, 2, 3, 4, 5].map((n) => el("option", { value: String(n) }, String(n))));
    select.value = String(value || 3);
    wrap.append(select);
    return [wrap, select];
  }
  // A phone shows its own rating only, never the room's, not even once the facilitator has
  // accepted a placement: the projector shows the accepted board to everyone, and a phone that
  // saw the others' scores before rating (or rating again) would be pulled towards them.
  function renderRatings(ratings) {
    $("ratings").hidden = !ratings;
    if (!ratings) return;
    $("ratings-h").textContent = ratings.title;
    if (!changed("ratings", [ratings.cards, state.mine.ratings])) return;
    keepFocus(() => $("rate-cards").replaceChildren(...ratings.cards.map((card, i) => {
      const li = el("li");
      li.append(el("p", { className: "text" }, card.label));
      const mine = state.mine.ratings[card.ref] || [];
      if (mine.length) li.append(el("p", {}, t("rated", { i: mine[0], e: mine[1] })));
      const draft = drafts[card.ref] || mine;
      const row = el("div", { className: "row" });
      const [iw, impact] = scoreSelect("impact-" + i, t("impact"), draft[0]);
      const [ew, ease] = scoreSelect("ease-" + i, t("ease"), draft[1]);
      impact.onchange = ease.onchange = () => {
        drafts[card.ref] = [Number(impact.value), Number(ease.value)];
      };
      row.append(iw, ew);
      const save = el("button", { type: "button" }, t("save"));
      save.setAttribute("aria-label", t("save") + ": " + card.label);
      save.onclick = () => {
        delete drafts[card.ref];
        enqueue({ kind: "rate", card: card.ref,
                  impact: Number(impact.value), ease: Number(ease.value) });
      };
      li.append(row, save);
      return li;
    })));
  }

  // A participant's own copy of a worksheet: what this phone sent for the chosen name comes
  // back in state.mine.sheets (never another phone's answers); typing survives a rebuild.
  function sentAnswers() {
    const person = String(store.get("person", ""));
    return (state.mine.sheets || {})[person] || {};
  }
  function renderSheet(sheet) {
    $("sheet").hidden = !sheet;
    if (!sheet) return;
    const person = String(store.get("person", ""));
    $("sheet-h").textContent = sheet.title;
    $("sheet-help").textContent = sheet.instructions || "";
    $("sheet-who").hidden = Boolean(person);
    $("sheet-send").disabled = !person;
    const sent = sentAnswers();
    if (!changed("sheet", [sheet, person, sent])) return;
    const several = sheet.columns.length > 1;
    keepFocus(() => $("sheet-fields").replaceChildren(...sheet.rows.flatMap((row) =>
      sheet.columns.map((column) => {
        const id = "sheet-" + row.key + "-" + column.id;
        const wrap = el("div", { className: "answer" });
        wrap.append(el("label", { htmlFor: id },
                       several ? row.label + " " + column.label : row.label));
        let input;
        if (column.type === "choice") {
          input = el("select", { id: id });
          options(input, [{ id: "", label: "" }].concat(
            column.choices.map((c) => ({ id: c, label: c }))), "");
        } else if (column.type === "longtext") {
          input = el("textarea", { id: id, rows: 3, maxLength: 2000 });
        } else {
          input = el("input", { id: id, type: "text", maxLength: 2000 });
        }
        const given = (sent[row.key] || {})[column.id];
        const draft = drafts[id];
        input.value = draft !== undefined ? draft : (given || "");
        input.disabled = !person;
        input.dataset.row = row.key;
        input.dataset.column = column.id;
        input.oninput = input.onchange = () => { drafts[id] = input.value; };
        wrap.append(input);
        if (given) wrap.append(el("p", { className: "sent" }, t("answer_sent")));
        return wrap;
      }))));
  }
  function sendSheet() {
    const sent = sentAnswers();
    let any = false;
    $("sheet-fields").querySelectorAll("[data-row]").forEach((input) => {
      const value = input.value.trim();
      const before = (sent[input.dataset.row] || {})[input.dataset.column] || "";
      delete drafts[input.id];
      if (value === before) return;
      // One answer per submission: each is one small request and one transaction.
      enqueue({ kind: "sheet",
                cells: { [input.dataset.row]: { [input.dataset.column]: value } } });
      any = true;
    });
    if (!any) say(t("no_change"));
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("lang").onclick = () => { lang = lang === "en" ? "es" : "en"; store.set("lang", lang); applyLanguage(); };
    $("person").onchange = (e) => { store.set("person", e.target.value); if (state) render(); };
    $("sheet-form").onsubmit = (e) => { e.preventDefault(); sendSheet(); };
    $("idea-form").onsubmit = (e) => {
      e.preventDefault();
      const text = $("text").value.trim();
      if (!text) return;
      const body = { kind: "idea", text: text, category: $("category").value };
      if (!$("lane-row").hidden) body.lane = $("lane").value;
      enqueue(body);
      $("text").value = "";
      $("text").focus();
    };
    applyLanguage();
    refresh();
    connect();
    flush();
    window.addEventListener("online", () => { connect(); flush(); });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") { connect(); refresh(); flush(); }
    });
  });
})();
