// Disable a form's submit button once it is sent; the server also refuses a second case.
document.addEventListener("submit", function (event) {
  var button = event.target.querySelector("button[data-once]");
  if (button) {
    window.setTimeout(function () { button.disabled = true; }, 0);
  }
});

// On the reply form, start the decision text from the reply type's saved wording.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!/(^|-)reply_type$/.test(select.name || "")) { return; }
  var form = select.closest("form[data-decisions]");
  if (!form) { return; }
  var source = document.getElementById(form.getAttribute("data-decisions"));
  var texts = source ? JSON.parse(source.textContent) : {};
  var box = form.querySelector("textarea[name$=decision]");
  if (box && (!box.value.trim() || box.dataset.filled === box.value)) {
    box.value = texts[select.value] || "";
    box.dataset.filled = box.value;
  }
});
