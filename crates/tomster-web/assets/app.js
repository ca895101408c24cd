// Live feedback while editing a strategy: after a pause in typing, the text is checked by the
// server (nothing is saved) and the diagnostics list and status line are updated. Without this
// script the form still works: the diagnostics show after saving.
(function () {
  "use strict";
  // The browser's time zone, for the times pages show until the user chooses one.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tomster_tz=" + encodeURIComponent(zone)) === -1) {
      document.cookie = "tomster_tz=" + encodeURIComponent(zone) + "; path=/; SameSite=Lax; max-age=31536000";
    }
  } catch (ignored) { /* no Intl: times stay in UTC, and say so */ }
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // The guided forms: after a pause in typing, the form is checked as it stands (nothing is
  // saved) and each field's findings are shown under it.
  var guided = document.querySelector("form[data-form-check]");
  if (guided) {
    var guidedTimer = null;
    var guidedStatus = document.getElementById("form-status");
    var checkGuided = function () {
      var body = new URLSearchParams(new FormData(guided));
      fetch(guided.getAttribute("data-form-check"), { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (result) {
          if (!result) { return; }
          guided.querySelectorAll(".field").forEach(function (field) {
            // A field is one input with its id, or a group of checkboxes whose fieldset has it.
            var input = field.id ? field : field.querySelector("input, select, textarea");
            if (!input || !input.id) { return; }
            var list = document.getElementById(input.id + "-findings");
            var found = result.fields[input.id] || [];
            if (list) { list.remove(); }
            field.classList.toggle("has-findings", found.length > 0);
            if (found.length === 0) {
              input.removeAttribute("aria-invalid");
              input.removeAttribute("aria-describedby");
              return;
            }
            list = document.createElement("ul");
            list.className = "findings";
            list.id = input.id + "-findings";
            found.forEach(function (finding) {
              var item = document.createElement("li");
              item.className = "diagnostic " + finding[0];
              item.textContent = finding[1];
              list.appendChild(item);
            });
            field.appendChild(list);
            if (input !== field) { input.setAttribute("aria-invalid", "true"); }
            input.setAttribute("aria-describedby", list.id);
          });
          if (guidedStatus) {
            guidedStatus.textContent = guided.getAttribute("data-checked").replace("{count}", String(result.count));
          }
        })
        .catch(function () {});
    };
    guided.addEventListener("input", function () {
      clearTimeout(guidedTimer);
      guidedTimer = setTimeout(checkGuided, 700);
    });
  }

  var form = document.querySelector("form[data-live-check]");
  if (!form) { return; }
  var source = form.querySelector("textarea[name=source]");
  var status = document.getElementById("live-status");
  var list = document.getElementById("diagnostics");
  var timer = null;
  function item(severity, text, line) {
    var li = document.createElement("li");
    li.className = "diagnostic " + severity;
    if (line) {
      var link = document.createElement("a");
      link.href = "#L" + line;
      link.textContent = form.getAttribute("data-line-word") + " " + line;
      li.appendChild(link);
      li.appendChild(document.createTextNode(" "));
    }
    li.appendChild(document.createTextNode(text));
    return li;
  }
  function check() {
    var body = new URLSearchParams();
    body.set("csrf", form.querySelector("input[name=csrf]").value);
    body.set("source", source.value);
    fetch(form.getAttribute("data-live-check"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (!result || !list) { return; }
        list.textContent = "";
        var errors = result.load_errors || [];
        errors.forEach(function (error) { list.appendChild(item("error", error.message, error.line)); });
        var diagnostics = result.check ? result.check.diagnostics : [];
        diagnostics.forEach(function (d) {
          list.appendChild(item(d.severity, d.code + " " + d.message, d.line));
        });
        var count = errors.length + diagnostics.length;
        status.textContent = form.getAttribute("data-checked").replace("{count}", String(count));
      })
      .catch(function () {});
  }
  source.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
  // Jump to a line named in the address (#L12): put the caret there.
  function goToLine() {
    var match = /^#L(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    var line = parseInt(match[1], 10);
    var lines = source.value.split("\n");
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
    source.focus();
    source.setSelectionRange(offset, offset + (lines[line - 1] || "").length);
    source.scrollTop = Math.max(0, (line - 5) * 18);
  }
  window.addEventListener("hashchange", goToLine);
  goToLine();
  // The results upload: files dropped on the form go into its file input (the input alone
  // works without this script).
  document.querySelectorAll("form[data-drop]").forEach(function (form) {
    var input = form.querySelector("input[type=file]");
    var hint = form.querySelector(".drop-hint");
    if (!input || typeof DataTransfer === "undefined") { return; }
    if (hint) { hint.hidden = false; }
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (event) { event.preventDefault(); form.classList.add("dropping"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("dropping"); });
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
      }
    });
  });
})();
