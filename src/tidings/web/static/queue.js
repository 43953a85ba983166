// Review queue: keyboard keys for going through many events. The page works without this file
// (every item has its own Confirm and Reject forms); this only moves the focus and presses them.
"use strict";
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("li.queue-item"));
  if (!items.length) { return; }
  var current = 0;
  var wanted = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (wanted && items.indexOf(wanted) >= 0) { current = Math.min(items.indexOf(wanted), items.length - 1); }
  function show(i) {
    items[current].classList.remove("current");
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].classList.add("current");
    items[current].focus();
    items[current].scrollIntoView({block: "nearest"});
  }
  function typing(event) {
    var t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (typing(event)) {
      if (event.key === "Escape") { event.target.blur(); items[current].focus(); }
      return;
    }
    var item = items[current];
    var confirm = item.querySelector("form.confirm");
    var reason = item.querySelector("form.reject input[name=reason]");
    if (event.key === "j" || event.key === "n") { show(current + 1); }
    else if (event.key === "k" || event.key === "p") { show(current - 1); }
    else if (event.key === "o") { item.querySelector("a.open").click(); }
    else if (event.key === "c" && confirm) { confirm.requestSubmit(); }
    else if (event.key === "r" && reason) { reason.focus(); }
    else { return; }
    event.preventDefault();
  });
  show(current);
})();
