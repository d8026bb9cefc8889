// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  var html = document.documentElement;
  ["large-text", "high-contrast"].forEach(function (mode) {
    if (localStorage.getItem("gongkai-" + mode) === "1") html.classList.add(mode);
  });
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-toggle-mode]");
    if (toggle) {
      var mode = toggle.getAttribute("data-toggle-mode");
      var on = html.classList.toggle(mode);
      localStorage.setItem("gongkai-" + mode, on ? "1" : "0");
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
    }
    var navToggle = event.target.closest(".nav-toggle");
    if (navToggle) {
      var nav = document.getElementById(navToggle.getAttribute("aria-controls"));
      var open = nav.classList.toggle("open");
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-toggle-mode]").forEach(function (el) {
      var on = html.classList.contains(el.getAttribute("data-toggle-mode"));
      el.setAttribute("aria-pressed", on ? "true" : "false");
    });
  });
  document.body && document.body.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("[name=csrfmiddlewaretoken]");
    if (token) event.detail.headers["X-CSRFToken"] = token.value;
  });
})();
