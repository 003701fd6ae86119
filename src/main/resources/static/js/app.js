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

// A form refused over a redirect gets back what was typed: the page carries it (#submitted, with the address
// the form was sent to) and this puts it back into that form, marks the field at fault and opens the form.
document.addEventListener('DOMContentLoaded', function () {
  var kept = document.getElementById('submitted');
  if (!kept) {
    return;
  }
  var values = {};
  Array.prototype.forEach.call(kept.querySelectorAll('data'), function (item) {
    var name = item.getAttribute('data-name');
    (values[name] = values[name] || []).push(item.value);
  });
  var action = kept.getAttribute('data-action');
  var fault = kept.getAttribute('data-field');
  Array.prototype.forEach.call(document.forms, function (form) {
    if (new URL(form.action, window.location.href).pathname !== action) {
      return;
    }
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || !Object.prototype.hasOwnProperty.call(values, field.name)) {
        return;
      }
      var given = values[field.name];
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = given.indexOf(field.value) >= 0;
      } else if (field.tagName === 'SELECT' && field.multiple) {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = given.indexOf(option.value) >= 0;
        });
      } else if (['hidden', 'submit', 'button', 'file', 'password'].indexOf(field.type) < 0) {
        field.value = given[0];
      }
      if (field.name === fault) {
        field.classList.add('is-invalid');
        field.setAttribute('aria-invalid', 'true');
      }
    });
    var details = form.closest('details');
    if (details) {
      details.open = true;
    }
  });
});
