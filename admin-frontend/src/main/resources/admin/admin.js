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
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      var option;
      if (el.getAttribute('data-chart') === 'line') {
        option = {
          grid: { left: 36, right: 12, top: 16, bottom: 28 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: data.days.map(function (d) { return d.substring(5); }) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: data.counts, itemStyle: { color: '#13315c' } }]
        };
      } else {
        option = {
          grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis' },
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

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    listen();
  });
  document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.target); });
})();
