// Mediation Desk: under a wording being typed, shows how its square brackets read, each level of nesting in
// its own colour (the same marks as the wordings on the pages). Without script the field is a plain text area.
(function () {
  var DEEPEST = 3;

  function span(className, text) {
    var node = document.createElement('span');
    node.className = className;
    node.textContent = text;
    return node;
  }

  function render(target, text) {
    target.textContent = '';
    var depth = 0;
    var run = '';
    function flush() {
      if (!run) {
        return;
      }
      target.appendChild(depth === 0 ? document.createTextNode(run)
        : span('in-br in-' + Math.min(depth, DEEPEST), run));
      run = '';
    }
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === '[') {
        flush();
        depth++;
        target.appendChild(span('br br-' + Math.min(depth, DEEPEST), '['));
      } else if (c === ']') {
        flush();
        if (depth === 0) {
          target.appendChild(span('br br-unmatched', ']'));
        } else {
          target.appendChild(span('br br-' + Math.min(depth, DEEPEST), ']'));
          depth--;
        }
      } else {
        run += c;
      }
    }
    flush();
  }

  function attach(field) {
    var preview = document.getElementById(field.getAttribute('data-brackets-preview'));
    if (!preview) {
      return;
    }
    function update() {
      render(preview, field.value);
      preview.hidden = field.value.indexOf('[') < 0 && field.value.indexOf(']') < 0;
    }
    field.addEventListener('input', update);
    update();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-brackets-preview]'), attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  // the text's page is swapped in place after a stance: attach to the fields it brings
  document.addEventListener('htmx:afterSwap', start);
})();
