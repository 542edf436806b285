<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f6f7f9;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b2430;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f7f9;padding:24px 0;">
  <tr><td align="center">
    <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #d9dee6;border-radius:10px;">
      <tr><td style="background:#0b2545;border-radius:10px 10px 0 0;border-bottom:4px solid #e3a33b;padding:18px 24px;color:#ffffff;font-size:22px;font-weight:800;letter-spacing:2px;">ZIVAH</td></tr>
      <tr><td class="zivah-body" style="padding:24px;font-size:16px;line-height:1.55;">
        <#nested>
      </td></tr>
      <tr><td style="padding:16px 24px;border-top:1px solid #d9dee6;color:#4a5565;font-size:13px;">${msg("zivahMailFooter")}</td></tr>
    </table>
  </td></tr>
</table>
</body>
</html>
</#macro>
