// ZIVAH admin behaviour, in a file (the CSP allows no inline script). Every page works without it, only less live.
(function () {
  'use strict';

  // Charts: a [data-chart] element carries its series as JSON in data-series (ECharts, served from our origin).
  function drawCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      var data = JSON.parse(el.getAttribute('data-series'));
      var existing = window.echarts.getInstanceByDom(el);
      if (existing) { existing.dispose(); }
      // canvas, not svg: ECharts' SVG renderer writes style attributes, which the CSP (no 'unsafe-inline') refuses
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      var option;
      if (el.getAttribute('data-chart') === 'line') {
        option = {
          grid: { left: 36, right: 12, top: 16, bottom: 28 },
          tooltip: { trigger: 'axis', renderMode: 'richText' },
          xAxis: { type: 'category', data: data.days.map(function (d) { return d.substring(5); }) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: data.counts, itemStyle: { color: '#13315c' } }]
        };
      } else {
        option = {
          grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', renderMode: 'richText' },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: data.names,
                   axisLabel: { width: 140, overflow: 'truncate' } },
          series: [{ type: 'bar', data: data.quotes, itemStyle: { color: '#e3a33b' } }]
        };
      }
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  // Live dashboard: server-sent events from /admin/events; each new RFQ makes htmx reload the live fragment.
  function listen() {
    var live = document.querySelector('[data-events]');
    if (!live || !window.EventSource) { return; }
    var source = new EventSource(live.getAttribute('data-events'));
    source.addEventListener('quote-submitted', function () {
      if (window.htmx) { window.htmx.trigger(live, 'quote-submitted'); }
    });
  }

  // Destructive actions: a form with data-confirm asks first (the server still requires its own confirmation field).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  });

  // Live totals of the pricing form: exact decimals (integer cents with BigInt, half-up like quote-service), shown as
  // a preview in the totals cells while typing; what is saved is what quote-service computes and answers.
  // Typed as LocalFormat.parseDecimal reads it server-side: 1234.50, 1234,50, 1.234,50, 1,234.50; 1.234 is ambiguous.
  function cents(text, decimals) {
    var value = (text || '').trim().replace(/ /g, '');
    if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(value)) { return null; }
    if (/^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(value)) { value = value.replace(/\./g, '').replace(',', '.'); }
    else if (/^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(value)) { value = value.replace(/,/g, ''); }
    else { value = value.replace(',', '.'); }
    var match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
    if (!match) { return null; }
    var fraction = (match[2] || '').padEnd(decimals, '0');
    return BigInt(match[1]) * (decimals === 2 ? 100n : 1n) + BigInt(fraction || '0');
  }
  // Shown as LocalFormat.number writes it in the page's language: 15.000,00 (es) / 15,000.00 (en).
  function format(amount) {
    var english = document.documentElement.lang === 'en';
    var negative = amount < 0n;
    var abs = negative ? -amount : amount;
    var whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, english ? ',' : '.');
    var text = whole + (english ? '.' : ',') + (abs % 100n).toString().padStart(2, '0');
    return negative ? '-' + text : text;
  }
  function preview(form) {
    var subtotal = 0n;
    var complete = true;
    form.querySelectorAll('[data-line]').forEach(function (row) {
      var price = cents(row.querySelector('[data-price]').value, 2);
      var cell = row.querySelector('[data-line-total]');
      if (price === null) { complete = false; cell.textContent = ''; return; }
      var line = price * BigInt(row.getAttribute('data-quantity'));
      subtotal += line;
      cell.textContent = format(line);
      cell.classList.add('preview');
    });
    var discountInput = form.querySelector('[data-discount-input]');
    var pct = discountInput.value.trim() === '' ? 0n : cents(discountInput.value, 2);
    var cellsOf = function (name) { return form.querySelector('[data-' + name + ']'); };
    if (!complete || pct === null || pct > 10000n) {
      ['subtotal', 'discount', 'total'].forEach(function (n) { cellsOf(n).textContent = ''; });
      return;
    }
    var discount = (subtotal * pct * 2n + 10000n) / 20000n; // half-up of subtotal × pct / 10000
    cellsOf('subtotal').textContent = format(subtotal);
    cellsOf('discount').textContent = format(discount);
    cellsOf('total').textContent = format(subtotal - discount);
    ['subtotal', 'discount', 'total'].forEach(function (n) { cellsOf(n).classList.add('preview'); });
    form.querySelector('[data-currency]').textContent = form.querySelector('[data-currency-input]').value.toUpperCase();
    var hint = form.querySelector('[data-preview-hint]');
    if (hint) { hint.hidden = false; }
  }
  document.addEventListener('input', function (event) {
    var form = event.target.closest && event.target.closest('#pricing');
    if (form) { preview(form); }
  });

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    listen();
  });
  document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.target); });
})();
