// Mediation Desk: asks for confirmation before what cannot be undone or what publishes. A form, or the button that
// sends it, with data-confirm asks its question; so does a chosen option or a ticked box with data-confirm (choosing
// "Public" as a document's audience). Without script the form is sent as it is. Served as a file so the
// Content-Security-Policy can forbid inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var questions = [];
  var asked = (button && button.getAttribute && button.getAttribute('data-confirm'))
    || (form.getAttribute && form.getAttribute('data-confirm'));
  if (asked) {
    questions.push(asked);
  }
  if (form.querySelectorAll) {
    Array.prototype.forEach.call(form.querySelectorAll('option[data-confirm], input[data-confirm]'), function (choice) {
      var chosen = choice.tagName === 'OPTION' ? choice.selected : choice.checked;
      if (chosen && questions.indexOf(choice.getAttribute('data-confirm')) < 0) {
        questions.push(choice.getAttribute('data-confirm'));
      }
    });
  }
  for (var i = 0; i < questions.length; i++) {
    if (!window.confirm(questions[i])) {
      event.preventDefault();
      return;
    }
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

// After a step (a form sent, the page shown again), the keyboard's focus lands where the step shows: on the part of
// the page that the address names (#board-speakers) when it carries the outcome or nothing went wrong, else on the
// refusal, else on the message that says what was done. Whoever uses a keyboard or a screen reader goes on from
// there rather than from the top of the page.
document.addEventListener('DOMContentLoaded', function () {
  var named = window.location.hash.length > 1
    ? document.getElementById(decodeURIComponent(window.location.hash.substring(1))) : null;
  var refusal = document.querySelector('#flash .alert-danger');
  var target = named && (!refusal || named.querySelector('.alert')) ? named : refusal || named
    || document.querySelector('#flash .alert');
  if (!target) {
    return;
  }
  if (!target.matches('a[href], button, input, select, textarea, summary, [tabindex]')) {
    target.setAttribute('tabindex', '-1');
    target.classList.add('focus-landed');
  }
  target.focus({ focusVisible: true });
});
