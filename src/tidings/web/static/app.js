// tidings web workspace: small progressive enhancements only; every page works without this file.
"use strict";
(function () {
  // Document page: toggle annotation layers (event sentences, actors, dates, facts).
  var layers = document.querySelector("fieldset.layers");
  var text = document.getElementById("doctext");
  if (layers && text) {
    layers.hidden = false;
    layers.querySelectorAll("input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      });
    });
  }
  // Timeline: open the entry a link points at (#entry-...), and remember nothing else.
  // A fragment that is not valid percent-encoding (#%E0%A4%A) is looked up as it is, never thrown.
  if (location.hash) {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* URIError: keep the raw fragment */ }
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
})();
