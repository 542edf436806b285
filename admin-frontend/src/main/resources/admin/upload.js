// Image upload with a progress bar (XHR; the CSP allows scripts from our origin only, so this is a file). Without
// JavaScript the same form is a plain multipart POST that answers with the product page.
(function () {
  'use strict';

  function enhance(form) {
    var progress = form.querySelector('.upload-progress');
    var status = form.querySelector('.upload-status');
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest) { return; }
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded * 100 / e.total);
          progress.hidden = false;
          progress.value = percent;
          status.textContent = percent + ' %';
        }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status === 200 && xhr.responseURL && xhr.responseURL !== form.action) {
          // the server redirected to the product page (post/redirect/get): show it
          window.location.assign(xhr.responseURL);
          return;
        }
        // refused: the answer is the product page with the error next to the file field; show that error here
        var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var error = page.querySelector('#file-error') || page.querySelector('.error-summary, .notice');
        button.disabled = false;
        progress.hidden = true;
        status.textContent = error ? error.textContent : (form.getAttribute('data-failed') || xhr.statusText);
      });
      xhr.addEventListener('error', function () {
        button.disabled = false;
        progress.hidden = true;
        status.textContent = form.getAttribute('data-failed') || 'Upload failed';
      });
      button.disabled = true;
      progress.hidden = false;
      progress.value = 0;
      xhr.send(new FormData(form));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-upload]').forEach(enhance);
  });
})();
