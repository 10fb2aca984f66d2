// tandem workbench: keyboard shortcuts only. Every page works without it.
//   /      focus the search box (or the first text field)
//   j, k   next and previous result, bead or finding
//   f      on a document: switch "only beads to review"
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  function items() {
    return Array.prototype.slice.call(document.querySelectorAll(".hit, tr.bead, .finding"));
  }
  var current = -1;
  function move(step) {
    var list = items();
    if (list.length === 0) return;
    if (current >= 0 && current < list.length) list[current].classList.remove("current");
    current = Math.max(0, Math.min(list.length - 1, current + step));
    var item = list[current];
    item.classList.add("current");
    var link = item.querySelector("a");
    if (link) link.focus(); else item.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "/") {
      var box = document.getElementById("q") || document.querySelector("main input[type=text], main textarea");
      if (box) { event.preventDefault(); box.focus(); box.select && box.select(); }
    } else if (event.key === "j") {
      move(1);
    } else if (event.key === "k") {
      move(-1);
    } else if (event.key === "f") {
      var toggle = document.getElementById("flagged-toggle");
      if (toggle) toggle.click();
    }
  });
})();
// The dossier editor: each change is validated by the server (the schema
// `tandem check` loads with) and its message shown above the form. The form
// works without it: "Valider" submits the same check.
(function () {
  "use strict";
  var form = document.getElementById("dossier-form");
  var status = document.getElementById("validation");
  if (!form || !status || !window.fetch || !window.FormData) return;
  var timer = null, sent = 0;
  function validate() {
    var mine = ++sent;
    fetch(form.getAttribute("data-validate"), { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (mine !== sent) return;  // a later change is being checked
        status.className = answer.valid ? "valid" : "error";
        status.textContent = answer.valid ? (status.getAttribute("data-valid") || "OK") : answer.message;
      })
      .catch(function () {});
  }
  function changed() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(validate, 300);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
})();
