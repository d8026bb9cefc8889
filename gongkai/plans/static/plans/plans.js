// Review page: clicking a task highlights its lines in the source text beside it.
(function () {
  "use strict";
  function select(task) {
    document.querySelectorAll(".task.selected").forEach(function (el) { el.classList.remove("selected"); });
    document.querySelectorAll(".source-lines .hl").forEach(function (el) { el.classList.remove("hl"); });
    task.classList.add("selected");
    var start = parseInt(task.getAttribute("data-start"), 10);
    var end = parseInt(task.getAttribute("data-end"), 10);
    var first = null;
    for (var n = start; n <= end; n++) {
      var line = document.getElementById("L" + n);
      if (line) { line.classList.add("hl"); first = first || line; }
    }
    if (first) {
      var box = first.closest(".review-source");
      box.scrollTop = first.offsetTop - box.offsetTop - 40;
    }
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a, button, form")) return;
    var task = event.target.closest(".task-tree .task");
    if (task) select(task);
  });
  document.addEventListener("keydown", function (event) {
    var task = event.target.closest && event.target.closest(".task-tree .task");
    if (task && (event.key === "Enter" || event.key === " ") && event.target === task) {
      event.preventDefault();
      select(task);
    }
  });
})();
