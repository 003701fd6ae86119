// Mediation Desk: asks for confirmation before destructive actions (a form, or the button that sends it,
// with data-confirm). Served as a file so the Content-Security-Policy can forbid inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var question = (button && button.getAttribute && button.getAttribute('data-confirm'))
    || (form.getAttribute && form.getAttribute('data-confirm'));
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
