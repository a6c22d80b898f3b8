/* eventx report: filters, the timeline of events by their date interval, and links to the evidence. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("eventx-data").textContent);
  var STATUSES = ["occurred", "ongoing", "planned", "expected", "negated", "hypothetical"];
  var DAY = 86400000, LANE = 16, MARK = 12, MIN_BAR = 10, GAP = 3;
  // data attribute naming a mention -> the class its elements take when the mention's event is selected
  var FOCUS = [["s", "focus-sentence"], ["t", "focus-trigger"], ["e", "focus-evidence"], ["m", "focus"]];
  var BREAK_DAYS = 366, BREAK_PX = 18, MIN_CLUSTER_PX = 48;  // gaps over a year are cut out of the axis
  var byId = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var marks = new Map();  // event id -> its element in the timeline or in the undated list
  var $ = function (id) { return document.getElementById(id); };
  var time = function (iso) { return Date.parse(iso + "T00:00:00Z"); };
  var iso = function (ms) { return new Date(ms).toISOString().slice(0, 10); };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function checkbox(box, cls, value, label) {
    var wrap = el("label"), input = el("input", {type: "checkbox", "class": cls, value: value});
    input.checked = true;
    input.addEventListener("change", render);
    wrap.appendChild(input);
    wrap.appendChild(document.createTextNode(" " + label));
    box.appendChild(wrap);
  }

  function dateLabel(e) {
    if (!e.start) return "no date";
    var span = e.start === e.end ? e.start : e.start + " to " + e.end;
    return span + " (" + [e.precision, e.modifier].filter(Boolean).join(", ") + ")";
  }

  function describe(e) {
    return [e.type + ", " + e.status, dateLabel(e) + (e.date_text ? " from \u201c" + e.date_text + "\u201d" : ""),
            e.trigger ? "trigger \u201c" + e.trigger + "\u201d" : "", e.actors.join(", "), e.place || "",
            e.mentions.length + " mention(s) in " + e.articles.join(", ")].filter(Boolean).join("\n");
  }

  function setupFilters() {
    data.types.forEach(function (t) { checkbox($("filter-types"), "filter-type", t, t.replace(/_/g, " ")); });
    STATUSES.forEach(function (s) { checkbox($("filter-statuses"), "filter-status", s, s); });
    var actors = new Set();
    data.events.forEach(function (e) { e.actors.forEach(function (a) { actors.add(a); }); });
    Array.from(actors).sort().forEach(function (a) { $("filter-actor").appendChild(el("option", {value: a}, a)); });
    data.articles.forEach(function (a) { $("filter-article").appendChild(el("option", {value: a.id}, a.title)); });
    ["filter-actor", "filter-article", "filter-from", "filter-to"].forEach(function (id) {
      $(id).addEventListener("change", render);
    });
    $("filter-reset").addEventListener("click", function () {
      document.querySelectorAll("#filters input[type=checkbox]").forEach(function (c) { c.checked = true; });
      ["filter-actor", "filter-article", "filter-from", "filter-to"].forEach(function (id) { $(id).value = ""; });
      render();
    });
  }

  function setupLegend() {
    var legend = $("legend");
    legend.appendChild(el("span", {}, "A dot is one day; a bar spans the interval (a week, a month, a multi-day meeting). Drag across the dates to zoom in."));
    STATUSES.forEach(function (s) {
      var item = el("span"), sample = el("span", {"class": "mark sample st-" + s});
      sample.style.width = "22px";
      item.appendChild(sample);
      item.appendChild(document.createTextNode(s));
      legend.appendChild(item);
    });
  }

  function checked(cls) {
    return new Set(Array.from(document.querySelectorAll("input." + cls + ":checked")).map(function (c) { return c.value; }));
  }

  function shown(e, f) {
    if (!f.types.has(e.type) || !f.statuses.has(e.status)) return false;
    if (f.actor && e.actors.indexOf(f.actor) < 0) return false;
    if (f.article && e.articles.indexOf(f.article) < 0) return false;
    if (e.start && f.from && e.end < f.from) return false;
    if (e.start && f.to && e.start > f.to) return false;
    return true;
  }

  function ticks(lo, hi, width) {
    var days = (hi - lo) / DAY, room = Math.max(2, Math.floor(width / 80));
    var steps = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [12, "month"], [60, "month"], [120, "month"], [600, "month"]];
    var step = steps.find(function (s) { return (s[1] === "day" ? days / s[0] : days / 30.44 / s[0]) <= room; }) || steps[steps.length - 1];
    var out = [], d = new Date(lo);
    if (step[1] === "month") {
      d = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
      while (d.getTime() < lo) d.setUTCMonth(d.getUTCMonth() + step[0]);
      d.setUTCMonth(d.getUTCMonth() - step[0]);
    }
    for (; d.getTime() <= hi; step[1] === "day" ? d.setUTCDate(d.getUTCDate() + step[0]) : d.setUTCMonth(d.getUTCMonth() + step[0])) {
      if (d.getTime() >= lo) {
        var label = step[0] >= 12 && step[1] === "month" ? iso(d.getTime()).slice(0, 4)
                  : step[1] === "month" ? iso(d.getTime()).slice(0, 7) : iso(d.getTime());
        out.push([d.getTime(), label]);
      }
    }
    return out;
  }

  function clustersOf(spans, width) {
    // Stretches of time holding events, each with its own linear scale; gaps longer than BREAK_DAYS become
    // axis breaks. Each stretch gets MIN_CLUSTER_PX and a share of the rest by the number of events in it.
    var clusters = [];
    spans.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (s) {
      var last = clusters[clusters.length - 1];
      if (last && s[0] - last.hi <= BREAK_DAYS * DAY) { last.hi = Math.max(last.hi, s[1]); last.count += 1; }
      else clusters.push({lo: s[0], hi: s[1], count: 1});
    });
    clusters.forEach(function (c) { var pad = Math.max(DAY, (c.hi - c.lo) * 0.02); c.lo -= pad; c.hi += pad; });
    var room = width - (clusters.length - 1) * BREAK_PX;
    var floor = Math.min(MIN_CLUSTER_PX, room / clusters.length), spare = room - floor * clusters.length, left = 0;
    clusters.forEach(function (c) {
      c.left = left;
      c.width = floor + spare * c.count / spans.length;
      left += c.width + BREAK_PX;
    });
    return clusters;
  }

  var axisClusters = [];  // the clusters of the drawn axis, for turning a dragged stretch back into dates

  function dateAt(px) {
    var c = axisClusters.find(function (k) { return px <= k.left + k.width; }) || axisClusters[axisClusters.length - 1];
    return c.lo + Math.min(Math.max(px - c.left, 0), c.width) / c.width * (c.hi - c.lo);
  }

  function drawTimeline(dated, from, to) {
    var lanesBox = $("lanes"), axis = $("axis");
    lanesBox.textContent = "";
    axis.textContent = "";
    axisClusters = [];
    if (!dated.length) { lanesBox.style.height = "0px"; return; }
    var width = Math.max(300, $("timeline").clientWidth - MARK - 4);
    var low = from ? time(from) : -Infinity, high = to ? time(to) + DAY : Infinity;
    var spans = dated.map(function (e) {  // what is drawn of each event: its interval within the from-to window
      return [Math.max(time(e.start), low), Math.min(time(e.end) + DAY, high)];
    });
    var clusters = axisClusters = clustersOf(spans, width);
    var x = function (ms) {
      var c = clusters.find(function (k) { return ms <= k.hi; }) || clusters[clusters.length - 1];
      return c.left + (ms - c.lo) / (c.hi - c.lo) * c.width;
    };
    var free = 0;  // the first pixel where the next tick label fits
    clusters.forEach(function (c, i) {
      if (i > 0) {
        var cut = el("span", {"class": "break", title: "no events between " + iso(clusters[i - 1].hi) + " and " + iso(c.lo)}, "\u2248");
        cut.style.left = (c.left - BREAK_PX) + "px";
        axis.appendChild(cut);
        var band = el("span", {"class": "break-band"});
        band.style.left = (c.left - BREAK_PX) + "px";
        lanesBox.appendChild(band);
      }
      free = Math.max(free, c.left);
      ticks(c.lo, c.hi, c.width).forEach(function (t) {
        var at = x(t[0]);
        if (at < free) return;
        var tick = el("span", {"class": "tick"}, t[1]);
        tick.style.left = at + "px";
        axis.appendChild(tick);
        var grid = el("span", {"class": "grid"});
        grid.style.left = at + "px";
        lanesBox.appendChild(grid);
        free = at + 8 * t[1].length + 6;
      });
    });
    var placed = dated.map(function (e, i) {
      var left = x(spans[i][0]), right = x(spans[i][1]), point = e.start === e.end;
      if (point) { left = (left + right) / 2 - MARK / 2; right = left + MARK; }
      else right = Math.max(right, left + MIN_BAR);
      return {e: e, left: left, right: right, point: point};
    }).sort(function (a, b) { return a.left - b.left || b.right - a.right || (a.e.id < b.e.id ? -1 : 1); });
    var ends = [];
    placed.forEach(function (p) {
      var lane = ends.findIndex(function (end) { return end + GAP <= p.left; });
      if (lane < 0) { lane = ends.length; ends.push(0); }
      ends[lane] = p.right;
      var mark = marks.get(p.e.id);
      mark.classList.toggle("point", p.point);
      mark.classList.toggle("bar", !p.point);
      mark.style.left = p.left + "px";
      mark.style.width = (p.right - p.left) + "px";
      mark.style.top = (lane * LANE + 2) + "px";
      lanesBox.appendChild(mark);
    });
    lanesBox.style.height = (ends.length * LANE + 4) + "px";
  }

  function setupAxisZoom() {
    // Dragging across the axis shows that stretch of time only (it sets the From and To filters).
    var axis = $("axis"), band = el("span", {"class": "zoom-band"}), start = null;
    var px = function (ev) { return ev.clientX - axis.getBoundingClientRect().left; };
    axis.addEventListener("mousedown", function (ev) {
      if (!axisClusters.length) return;
      start = px(ev);
      band.style.left = start + "px";
      band.style.width = "0px";
      axis.appendChild(band);
      ev.preventDefault();
    });
    window.addEventListener("mousemove", function (ev) {
      if (start === null) return;
      band.style.left = Math.min(start, px(ev)) + "px";
      band.style.width = Math.abs(px(ev) - start) + "px";
    });
    window.addEventListener("mouseup", function (ev) {
      if (start === null) return;
      var a = Math.min(start, px(ev)), b = Math.max(start, px(ev));
      start = null;
      band.remove();
      if (b - a < 4) return;
      $("filter-from").value = iso(dateAt(a));
      $("filter-to").value = iso(dateAt(b));
      render();
    });
  }

  function render() {
    var f = {types: checked("filter-type"), statuses: checked("filter-status"), actor: $("filter-actor").value,
             article: $("filter-article").value, from: $("filter-from").value, to: $("filter-to").value};
    var visible = data.events.filter(function (e) { return shown(e, f); });
    var keep = new Set(visible.map(function (e) { return e.id; }));
    marks.forEach(function (mark, id) { mark.hidden = !keep.has(id); });
    drawTimeline(visible.filter(function (e) { return e.start; }), f.from, f.to);
    var undated = visible.filter(function (e) { return !e.start; });
    $("undated").hidden = undated.length === 0;
    document.querySelectorAll("section.article").forEach(function (s) {
      s.hidden = Boolean(f.article) && s.getAttribute("data-article") !== f.article;
    });
    $("shown-count").textContent = "Showing " + visible.length + " of " + data.events.length + " events ("
      + undated.length + " undated)";
  }

  function select(id, scrollToEvidence) {
    var e = byId.get(id);
    if (!e) return;
    document.querySelectorAll(".selected").forEach(function (n) { n.classList.remove("selected"); });
    FOCUS.forEach(function (f) {
      document.querySelectorAll("#articles-pane ." + f[1]).forEach(function (n) { n.classList.remove(f[1]); });
    });
    marks.get(id).classList.add("selected");
    var first = null;
    e.mentions.forEach(function (m) {
      FOCUS.forEach(function (f) {
        document.querySelectorAll("#articles-pane [data-" + f[0] + '~="' + CSS.escape(m) + '"]').forEach(function (n) {
          n.classList.add(f[1]);
          var details = n.closest("details");
          if (details) details.open = true;
          var section = n.closest("section.article");
          if (section) section.hidden = false;
        });
      });
      if (!first) first = document.querySelector('#articles-pane [data-t~="' + CSS.escape(m) + '"]')
                       || document.getElementById("m-" + m);
    });
    var detail = $("event-detail");
    detail.hidden = false;
    detail.className = "type-" + e.type;
    detail.textContent = "";
    detail.appendChild(el("b", {}, e.type.replace(/_/g, " ") + " \u00b7 " + e.status + " \u00b7 " + dateLabel(e)));
    detail.appendChild(el("div", {}, describe(e).split("\n").slice(2).join(" \u00b7 ")));
    if (first && scrollToEvidence) first.scrollIntoView({block: "center"});
  }

  function addMark(e) {
    var dated = Boolean(e.start);
    var mark = dated ? el("div", {"class": "mark tl-event event-item"})
                     : el("li", {"class": "undated-event event-item"}, e.type.replace(/_/g, " ") + ": " + (e.trigger || "")
                          + (e.actors.length ? " \u2014 " + e.actors.slice(0, 3).join(", ") : ""));
    mark.classList.add("type-" + e.type, "st-" + e.status);
    mark.setAttribute("data-event-id", e.id);
    mark.setAttribute("data-start", e.start || "");
    mark.setAttribute("data-end", e.end || "");
    mark.setAttribute("tabindex", "0");
    mark.setAttribute("role", "button");
    mark.title = describe(e);
    mark.addEventListener("click", function () { select(e.id, true); });
    mark.addEventListener("keydown", function (k) { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); select(e.id, true); } });
    if (!dated) $("undated-list").appendChild(mark);
    marks.set(e.id, mark);
  }

  setupFilters();
  setupLegend();
  setupAxisZoom();
  data.events.forEach(addMark);
  document.querySelectorAll("a.to-event").forEach(function (a) {
    a.addEventListener("click", function (k) {
      k.preventDefault();
      var id = a.getAttribute("data-event");
      select(id, false);
      marks.get(id).scrollIntoView({block: "nearest"});
    });
  });
  var pending = 0;
  window.addEventListener("resize", function () { clearTimeout(pending); pending = setTimeout(render, 100); });
  render();
})();
