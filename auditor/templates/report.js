/* jwt-audit HTML report: filter and sort tables in the page; no network, no dependencies. */
(function () {
  "use strict";

  function bodyRows(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  function setupFilters(form) {
    var table = document.getElementById(form.getAttribute("data-table"));
    var count = document.getElementById(form.getAttribute("data-count"));
    var empty = table && table.parentNode.parentNode.querySelector(".empty");
    if (!table) { return; }
    var rows = bodyRows(table);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-match]"));

    function wanted(row, index) {
      return controls.every(function (control) {
        var key = control.getAttribute("data-match");
        if (key === "suppressed") {
          return control.checked || row.getAttribute("data-suppressed") !== "yes";
        }
        var value = control.value.trim();
        if (!value) { return true; }
        if (key === "text") { return texts[index].indexOf(value.toLowerCase()) !== -1; }
        return row.getAttribute("data-" + key) === value;
      });
    }

    function apply() {
      var shown = 0;
      var total = 0;
      var withSuppressed = controls.some(function (c) { return c.getAttribute("data-match") === "suppressed" && c.checked; });
      rows.forEach(function (row, index) {
        var ok = wanted(row, index);
        row.hidden = !ok;
        if (ok) { shown += 1; }
        if (withSuppressed || row.getAttribute("data-suppressed") !== "yes") { total += 1; }
      });
      if (count) { count.textContent = shown + " of " + total + " findings shown"; }
      if (empty) { empty.hidden = shown !== 0; }
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }

  function sortKey(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
    return numeric ? parseFloat(raw) || 0 : raw.toLowerCase();
  }

  function setupSort(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = bodyRows(table);
    rows.forEach(function (row, index) { row.setAttribute("data-order", String(index)); });
    headers.forEach(function (th, column) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.getAttribute("data-type") === "number";
        headers.forEach(function (other) { if (other.hasAttribute("aria-sort")) { other.setAttribute("aria-sort", "none"); } });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var sorted = bodyRows(table).sort(function (a, b) {
          var ka = sortKey(a, column, numeric);
          var kb = sortKey(b, column, numeric);
          var order = ka < kb ? -1 : ka > kb ? 1 : 0;
          if (order === 0) { return Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order")); }
          return ascending ? order : -order;
        });
        var body = table.tBodies[0];
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* Closed <details> would print closed: open them for printing, restore afterwards. */
  function setupPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      var closed = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
      closed.forEach(function (d) { d.open = true; });
      opened = opened.concat(closed);
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.filters"), setupFilters);
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setupSort);
  setupPrint();
}());
