/* Chinese labels for the rich-text editor (django-prose-editor).
 *
 * Runs as a plain script before the editor's modules: it gives the editor a gettext() for its
 * dialogs, then relabels the toolbar buttons, whose titles the editor writes in English and
 * whose icons are drawn from ligature words ("format_bold"). The word moves to a data
 * attribute drawn by CSS, so no English is left in the page's text or its tooltips.
 */
(function () {
  "use strict";
  var data = document.getElementById("prose-editor-zh");
  var labels = data ? JSON.parse(data.textContent) : {};
  var previous = window.gettext;
  window.gettext = function (text) {
    if (Object.prototype.hasOwnProperty.call(labels, text)) return labels[text];
    return previous ? previous(text) : text;
  };

  function relabel(button) {
    if (button.dataset.zh) return;
    var english = button.getAttribute("title") || button.getAttribute("aria-label") || "";
    var chinese = labels[english];
    if (chinese) {
      button.setAttribute("title", chinese);
      button.setAttribute("aria-label", chinese);
    }
    if (button.classList.contains("material-icons") && button.textContent) {
      button.dataset.icon = button.textContent;
      button.textContent = "";
    }
    button.dataset.zh = "1";
  }

  function relabelAll(root) {
    var buttons = root.querySelectorAll(".prose-menubar__button");
    for (var i = 0; i < buttons.length; i++) relabel(buttons[i]);
  }

  document.addEventListener("DOMContentLoaded", function () {
    relabelAll(document);
    new MutationObserver(function () {
      relabelAll(document);
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
