// Mediation Desk: asks for confirmation before destructive actions (forms with data-confirm).
// Served as a file so the Content-Security-Policy can forbid inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
