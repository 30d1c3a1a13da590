/*
 * doudi problem-list item page: an evidence file over the 20 MB the server accepts is stopped in
 * the browser with a Chinese message, before a long upload ends in a refusal.
 */
(function () {
  'use strict';
  var LIMIT = 20 * 1024 * 1024;
  document.querySelectorAll('form[enctype="multipart/form-data"]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      var file = input && input.files && input.files[0];
      if (file && file.size > LIMIT) {
        event.preventDefault();
        var message = form.querySelector('.upload-too-large');
        if (!message) {
          message = document.createElement('p');
          message.className = 'error-text upload-too-large';
          form.appendChild(message);
        }
        message.textContent = '文件“' + file.name + '”约 ' + (file.size / 1024 / 1024).toFixed(1)
          + ' MB，超过 20 MB 的上限，未上传；请压缩或拆分后再上传。';
      }
    });
  });
})();
