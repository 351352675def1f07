// The dialog's own script, as text: copy the report, and re-run the check through google.script.run.
// It reads every word it shows from data- attributes, so no report value is ever inside script text.

/** The server entry the "check again" button calls with the test-email checkbox. */
export const RERUN_FUNCTION = 'runInstallationCheckWithEmail';

export const DIALOG_SCRIPT = `
(function () {
  var report = document.getElementById('report-text');
  var status = document.getElementById('status');
  function say(text) { status.textContent = text; }
  function fallback() {
    report.hidden = false;
    report.focus();
    report.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (error) { copied = false; }
    say(copied ? status.dataset.copied : status.dataset.fallback);
  }
  document.getElementById('copy').addEventListener('click', function () {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(report.value).then(function () { say(status.dataset.copied); }, fallback);
    } else {
      fallback();
    }
  });
  var rerun = document.getElementById('rerun');
  rerun.addEventListener('click', function () {
    var run = window.google && google.script && google.script.run;
    if (!run) return;
    rerun.disabled = true;
    say(status.dataset.running);
    run.withFailureHandler(function (error) {
      rerun.disabled = false;
      say(String(error && error.message ? error.message : error));
    })['${RERUN_FUNCTION}'](document.getElementById('send-email').checked);
  });
})();
`;
