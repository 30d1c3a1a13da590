/*
 * doudi charts: draws every <div class="chart" data-src="..."> from the JSON option the server
 * built, formats numbers with 千分位 and units, and opens a street's page when a street is clicked.
 * Served by the app itself; no inline scripts (the CSP forbids them).
 */
(function () {
  'use strict';

  var numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

  function format(value, unit) {
    if (value === null || value === undefined || value === '-' || (typeof value === 'number' && isNaN(value))) {
      return '—';
    }
    var text = typeof value === 'number' ? numberFormat.format(value) : String(value);
    return unit ? text + ' ' + unit : text;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function showMessage(element, message, kind) {
    element.classList.add('chart-empty');
    element.innerHTML = '';
    var p = document.createElement('p');
    p.className = kind || 'muted';
    p.textContent = message;
    element.appendChild(p);
  }

  function axisTooltip(meta) {
    var units = meta.units || [];
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      if (list.length === 0) {
        return '';
      }
      var lines = [escapeHtml(list[0].axisValueLabel || list[0].name)];
      list.forEach(function (p) {
        var value = Array.isArray(p.value) ? p.value[1] : p.value;
        lines.push(p.marker + escapeHtml(p.seriesName) + '：<b>' + escapeHtml(format(value, units[p.seriesIndex] || '')) + '</b>');
      });
      return lines.join('<br>');
    };
  }

  function heatmapTooltip(option) {
    var xs = option.xAxis && option.xAxis.data ? option.xAxis.data : (option.xAxis[0] || {}).data;
    var ys = option.yAxis && option.yAxis.data ? option.yAxis.data : (option.yAxis[0] || {}).data;
    return function (p) {
      var v = p.value;
      var head = escapeHtml(ys[v[1]]) + ' · ' + escapeHtml(xs[v[0]]);
      if (v[2] === '-') {
        return head + '<br>该期无统计表和纪检数据';
      }
      var rows = [head,
        '街镇统计表：' + escapeHtml(format(v[3], '')),
        '报送纪检数据：' + escapeHtml(format(v[4], ''))];
      if (v[2] === -1) {
        rows = [head, '<b>缺少一方数据</b>（' + escapeHtml(String(v[5] || 0)) + ' 个月只有统计表或只有纪检数据，没有可比较的月份）'];
      } else {
        rows.push(v[2] === 0 ? '一致' : '<b>差异 ' + escapeHtml(format(v[2], '%')) + '</b>');
        if (v[5] > 0) {
          rows.push('只比较双方都有数据的月份；另有 ' + escapeHtml(String(v[5])) + ' 个月缺少一方数据');
        }
      }
      return rows.join('<br>');
    };
  }

  function axisLabelFormatter(unit) {
    return function (value) {
      return unit === '%' ? value + '%' : numberFormat.format(value);
    };
  }

  function asList(value) {
    if (!value) {
      return [];
    }
    return Array.isArray(value) ? value : [value];
  }

  /** On a meeting-room screen the chart's text grows with the page's. */
  function enlargeForBigScreens(option) {
    if (window.innerWidth < 1800) {
      return;
    }
    asList(option.title).forEach(function (title) {
      title.textStyle = { fontSize: 22 };
      title.subtextStyle = { fontSize: 15 };
    });
    asList(option.legend).forEach(function (legend) {
      legend.textStyle = { fontSize: 15 };
    });
    asList(option.xAxis).concat(asList(option.yAxis)).forEach(function (axis) {
      axis.axisLabel = axis.axisLabel || {};
      axis.axisLabel.fontSize = 15;
      axis.nameTextStyle = { fontSize: 15 };
    });
    asList(option.visualMap).forEach(function (map) {
      map.textStyle = { fontSize: 15 };
    });
    asList(option.grid).forEach(function (grid) {
      grid.top = 90;
    });
  }

  function prepare(option, meta) {
    enlargeForBigScreens(option);
    option.tooltip = option.tooltip || {};
    if (meta.kind === 'heatmap') {
      option.tooltip.formatter = heatmapTooltip(option);
    } else {
      option.tooltip.formatter = axisTooltip(meta);
      var axes = Array.isArray(option.yAxis) ? option.yAxis : [option.yAxis];
      axes.forEach(function (axis, i) {
        if (axis && axis.type !== 'category') {
          axis.axisLabel = axis.axisLabel || {};
          axis.axisLabel.formatter = axisLabelFormatter((meta.axisUnits || [])[i]);
        }
      });
    }
    if (meta.streetCodes) {
      [option.xAxis, option.yAxis].forEach(function (axes) {
        (Array.isArray(axes) ? axes : [axes]).forEach(function (axis) {
          if (axis && axis.type === 'category') {
            axis.triggerEvent = true;
          }
        });
      });
    }
    return option;
  }

  function streetIndex(params, option, meta) {
    if (params.componentType === 'xAxis' || params.componentType === 'yAxis') {
      var axis = params.componentType === 'xAxis' ? option.xAxis : option.yAxis;
      axis = Array.isArray(axis) ? axis[0] : axis;
      return axis.data.indexOf(params.value);
    }
    if (meta.kind === 'heatmap') {
      return params.value[1];
    }
    return params.dataIndex;
  }

  function draw(element) {
    var source = element.getAttribute('data-src');
    fetch(source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 403) {
          throw new Error('无权查看该图表');
        }
        if (!response.ok) {
          throw new Error('图表数据加载失败（' + response.status + '）');
        }
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('json') < 0) {
          throw new Error('登录已过期，请刷新页面后重新登录');
        }
        return response.json();
      })
      .then(function (body) {
        var meta = body.meta || {};
        if (!body.option) {
          showMessage(element, meta.empty || '暂无数据');
          return;
        }
        var option = prepare(body.option, meta);
        if (meta.height) {
          element.style.height = meta.height + 'px';
        }
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(option);
        if (meta.streetCodes) {
          element.classList.add('clickable');
          var go = function (index) {
            var code = meta.streetCodes[index];
            if (code) {
              window.location.href = '/streets/' + encodeURIComponent(code);
            }
          };
          // a click on an axis label (the street's name)
          chart.on('click', function (params) {
            if (params.componentType === 'xAxis' || params.componentType === 'yAxis') {
              go(streetIndex(params, option, meta));
            }
          });
          // a click anywhere in a street's column (or heat-map row), not only on a thin bar
          chart.getZr().on('click', function (event) {
            var point = [event.offsetX, event.offsetY];
            if (!chart.containPixel('grid', point)) {
              return;
            }
            var value = chart.convertFromPixel({ seriesIndex: 0 }, point);
            if (!value) {
              return;
            }
            go(meta.kind === 'heatmap' ? value[1] : value[0]);
          });
        }
        window.addEventListener('resize', function () {
          chart.resize();
        });
      })
      .catch(function (error) {
        showMessage(element, error.message, 'error-text');
      });
  }

  function autoSubmit() {
    document.querySelectorAll('select.auto-submit').forEach(function (select) {
      select.addEventListener('change', function () {
        select.form.submit();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.chart[data-src]').forEach(draw);
    autoSubmit();
  });
})();
