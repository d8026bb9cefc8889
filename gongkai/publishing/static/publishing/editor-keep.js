/* Keep an older body the editor cannot fully represent (django-prose-editor).
 *
 * Bodies written before the editor, or pasted into the platform's older form, may hold markup
 * the editor's schema does not know (inline styles, fonts, table layouts, level-5 headings…);
 * the editor silently drops it when it loads the text. So:
 * - when the text the editor shows lost markup of the stored body, a notice says so above it;
 * - when the form is sent and nothing was changed in the editor, the stored body is sent back
 *   as it was (the server still cleans it), so opening and saving an item loses nothing.
 */
(function () {
  "use strict";
  var SAME = { b: "strong", i: "em", strike: "s", del: "s" };
  var WRAPPERS = { thead: 1, tbody: 1, p: 1, div: 1, span: 1, br: 1 };

  function features(html) {
    var box = document.createElement("template");
    box.innerHTML = html;
    var found = {};
    box.content.querySelectorAll("*").forEach(function (el) {
      var tag = el.tagName.toLowerCase();
      tag = SAME[tag] || tag;
      if (!WRAPPERS[tag]) found[tag] = true;
      Array.prototype.forEach.call(el.attributes, function (attr) {
        found[tag + "@" + attr.name] = true;
      });
    });
    return found;
  }

  function lost(original, shown) {
    var before = features(original), after = features(shown);
    return Object.keys(before).filter(function (key) { return !after[key]; });
  }

  function warning() {
    var data = document.getElementById("prose-editor-zh");
    var labels = data ? JSON.parse(data.textContent) : {};
    return labels["editor-keep-warning"] || "";
  }

  document.addEventListener("prose-editor:ready", function (event) {
    var editor = event.detail.editor, textarea = event.detail.textarea;
    var original = textarea.defaultValue;
    var initial = editor.getHTML();
    if (!original.trim() || !lost(original, initial).length) return;
    var wrapper = textarea.closest(".prose-editor") || textarea.parentNode;
    var notice = document.createElement("p");
    notice.className = "editor-keep-notice";
    notice.setAttribute("role", "status");
    notice.textContent = warning();
    wrapper.parentNode.insertBefore(notice, wrapper);
    if (textarea.form) {
      textarea.form.addEventListener("submit", function () {
        if (editor.getHTML() === initial) textarea.value = original;
      });
    }
  });
})();
