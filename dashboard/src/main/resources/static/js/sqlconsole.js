// The SQL console (自助查询): CodeMirror editor with completion of the analysis views and their
// columns, results grid with paging, explain, exports, saved queries and history.
(function () {
  'use strict';

  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function headers() {
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrfToken && csrfHeader) {
      h[csrfHeader.content] = csrfToken.content;
    }
    return h;
  }

  function api(method, url, body) {
    return fetch(url, {
      method: method,
      headers: headers(),
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error(data.error || ('请求失败（' + response.status + '）'));
        }
        return data;
      });
    });
  }

  var editor = CodeMirror.fromTextArea(document.getElementById('sql'), {
    mode: 'text/x-sql',
    lineNumbers: true,
    indentWithTabs: false,
    smartIndent: true,
    matchBrackets: true,
    extraKeys: {
      'Ctrl-Enter': function () { run(); },
      'Cmd-Enter': function () { run(); },
      'Ctrl-Space': 'autocomplete'
    },
    hintOptions: { tables: {}, completeSingle: false }
  });

  api('GET', '/sql/api/schema').then(function (catalog) {
    var tables = {};
    catalog.views.forEach(function (view) {
      tables[view.name] = view.columns.map(function (c) { return c.name; });
    });
    editor.setOption('hintOptions', { tables: tables, completeSingle: false });
  });

  editor.on('inputRead', function (cm, change) {
    if (/^[A-Za-z_.]$/.test(change.text[0]) && !cm.state.completionActive) {
      cm.showHint({ completeSingle: false });
    }
  });

  var message = document.getElementById('message');
  var status = document.getElementById('status');
  var plan = document.getElementById('plan');
  var resultBox = document.getElementById('result');
  var pager = document.getElementById('pager');
  var pageInfo = document.getElementById('page-info');
  var pageSize = document.getElementById('page-size');
  var current = null;
  var page = 0;

  function show(kind, text) {
    message.innerHTML = '';
    if (!text) { return; }
    var div = document.createElement('div');
    div.className = 'alert ' + kind;
    div.textContent = text;
    message.appendChild(div);
  }

  function run() {
    var sql = editor.getValue();
    status.textContent = '正在执行…';
    plan.hidden = true;
    show('', '');
    api('POST', '/sql/api/query', { sql: sql }).then(function (result) {
      current = result;
      page = 0;
      status.textContent = formatNumber(String(result.rows.length)) + ' 行，耗时 ' +
        formatNumber(String(result.elapsedMillis)) + ' 毫秒';
      if (result.capped) { show('warn', result.note); }
      render();
      loadHistory();
    }).catch(function (error) {
      status.textContent = '';
      current = null;
      resultBox.innerHTML = '';
      pager.hidden = true;
      show('error', error.message);
      loadHistory();
    });
  }

  // Numbers as people read them: thousands separators, decimals kept as DuckDB gave them.
  function formatNumber(text) {
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
    if (!m) { return text; }
    return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '');
  }

  function render() {
    resultBox.innerHTML = '';
    if (!current) { return; }
    var size = parseInt(pageSize.value, 10);
    var pages = Math.max(1, Math.ceil(current.rows.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    var table = document.createElement('table');
    table.className = 'grid';
    var head = table.createTHead().insertRow();
    var th = document.createElement('th');
    th.textContent = '#';
    head.appendChild(th);
    current.columns.forEach(function (name, i) {
      var cell = document.createElement('th');
      cell.textContent = name;
      if (current.numeric[i]) { cell.className = 'num'; }
      head.appendChild(cell);
    });
    var body = table.createTBody();
    current.rows.slice(page * size, (page + 1) * size).forEach(function (values, r) {
      var row = body.insertRow();
      var n = row.insertCell();
      n.textContent = page * size + r + 1;
      n.className = 'num';
      values.forEach(function (value, i) {
        var cell = row.insertCell();
        cell.textContent = current.numeric[i] ? formatNumber(value) : value;
        if (current.numeric[i]) { cell.className = 'num'; }
      });
    });
    resultBox.appendChild(table);
    pager.hidden = current.rows.length <= size;
    pageInfo.textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页（共 ' +
      formatNumber(String(current.rows.length)) + ' 行）';
  }

  document.getElementById('run').addEventListener('click', run);
  document.getElementById('prev').addEventListener('click', function () { page--; render(); });
  document.getElementById('next').addEventListener('click', function () { page++; render(); });
  pageSize.addEventListener('change', function () { page = 0; render(); });

  document.getElementById('explain').addEventListener('click', function () {
    api('POST', '/sql/api/explain', { sql: editor.getValue() }).then(function (data) {
      show('', '');
      plan.textContent = data.plan;
      plan.hidden = false;
      loadHistory();
    }).catch(function (error) {
      plan.hidden = true;
      show('error', error.message);
    });
  });

  function exportAs(extension) {
    var form = document.getElementById('export-form');
    form.action = '/sql/export.' + extension;
    form.elements.sql.value = editor.getValue();
    form.submit();
    setTimeout(loadHistory, 1500);
  }
  document.getElementById('export-csv').addEventListener('click', function () { exportAs('csv'); });
  document.getElementById('export-xlsx').addEventListener('click', function () { exportAs('xlsx'); });

  function listItem(text, title, onClick) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = '#';
    a.textContent = text;
    a.title = title;
    a.addEventListener('click', function (event) { event.preventDefault(); onClick(); });
    li.appendChild(a);
    return li;
  }

  function renderSaved(list) {
    var ul = document.getElementById('saved');
    ul.innerHTML = '';
    if (!list.length) {
      var empty = document.createElement('li');
      empty.textContent = '还没有保存的查询';
      ul.appendChild(empty);
    }
    list.forEach(function (q) {
      var li = listItem(q.name, q.sql, function () { editor.setValue(q.sql); });
      var del = document.createElement('button');
      del.type = 'button';
      del.className = 'delete';
      del.textContent = '删除';
      del.addEventListener('click', function () {
        api('DELETE', '/sql/api/saved/' + q.id).then(renderSaved).catch(function (e) { show('error', e.message); });
      });
      li.appendChild(del);
      ul.appendChild(li);
    });
  }

  function loadSaved() {
    api('GET', '/sql/api/saved').then(renderSaved);
  }

  document.getElementById('save').addEventListener('click', function () {
    var name = document.getElementById('save-name').value;
    api('POST', '/sql/api/saved', { name: name, sql: editor.getValue() }).then(function (list) {
      renderSaved(list);
      show('ok', '已保存查询“' + name.trim() + '”。');
    }).catch(function (error) { show('error', error.message); });
  });

  var outcomeLabel = { ok: '成功', refused: '拒绝', failed: '失败', timeout: '超时' };
  var channelLabel = { console: '网页', cli: '命令行', jdbc: '桌面工具（JDBC）' };

  function loadHistory() {
    api('GET', '/sql/api/history').then(function (entries) {
      var ul = document.getElementById('history');
      ul.innerHTML = '';
      entries.forEach(function (e) {
        var when = (e.occurredAt || '').replace('T', ' ').substring(0, 19);
        var label = '[' + (outcomeLabel[e.outcome] || e.outcome) + '] ' + e.sql.replace(/\s+/g, ' ');
        var title = when + ' · ' + (channelLabel[e.channel] || e.channel) + (e.rowCount !== null ? ' · ' + e.rowCount + ' 行' : '') +
          ' · ' + e.elapsedMillis + ' 毫秒' + (e.message ? '\n' + e.message : '') + '\n\n' + e.sql;
        var li = listItem(label, title, function () { editor.setValue(e.sql); });
        li.className = e.outcome;
        ul.appendChild(li);
      });
    });
  }
  document.getElementById('refresh-history').addEventListener('click', loadHistory);

  Array.prototype.forEach.call(document.querySelectorAll('.sql-example'), function (a) {
    a.addEventListener('click', function (event) {
      event.preventDefault();
      editor.setValue(a.getAttribute('data-sql'));
      editor.focus();
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('.sql-insert'), function (code) {
    code.addEventListener('click', function (event) {
      event.preventDefault();
      editor.replaceSelection(code.getAttribute('data-insert'));
      editor.focus();
    });
  });

  var tabs = document.querySelectorAll('.sql-tabs button');
  Array.prototype.forEach.call(tabs, function (tab) {
    tab.addEventListener('click', function () {
      Array.prototype.forEach.call(tabs, function (other) {
        other.classList.toggle('active', other === tab);
        document.getElementById(other.getAttribute('data-tab')).hidden = other !== tab;
      });
    });
  });

  loadSaved();
  loadHistory();
})();
