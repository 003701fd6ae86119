// Mediation Desk: on a narrow screen a table is read as a list, one block per row; each cell is labelled with
// its column's heading, copied here from the table's header so that the templates stay plain tables.
document.addEventListener('DOMContentLoaded', function () {
  Array.prototype.forEach.call(document.querySelectorAll('main table'), function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    if (headings.length === 0) {
      return;
    }
    table.classList.add('stacks');
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (headings[column] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headings[column]);
        }
        column += cell.colSpan || 1;
      });
    });
  });
});
