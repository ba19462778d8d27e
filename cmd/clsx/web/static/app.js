// Progressive enhancement only: every page works without it.
// A filter chosen in a list is applied at once, as a click on "Chercher".
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.search select, form.inline select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
});
