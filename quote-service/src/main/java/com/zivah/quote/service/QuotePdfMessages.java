package com.zivah.quote.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the quote PDF: Spanish here, English in {@code messages/pdf_en.properties}. */
@MessageBundle(value = "pdf", locale = "es")
public interface QuotePdfMessages {

    @Message("Presupuesto")
    String title();

    @Message("Borrador: no enviado")
    String draft();

    @Message("Número")
    String number();

    @Message("Versión")
    String version();

    @Message("Fecha")
    String date();

    @Message("Válido hasta")
    String validUntil();

    @Message("Cliente")
    String buyer();

    @Message("Referencia")
    String sku();

    @Message("Producto")
    String product();

    @Message("Cantidad")
    String quantity();

    @Message("Unidad")
    String unit();

    @Message("Precio unitario")
    String unitPrice();

    @Message("Importe")
    String lineTotal();

    @Message("Subtotal")
    String subtotal();

    @Message("Descuento")
    String discount();

    @Message("Total")
    String total();

    @Message("Condiciones")
    String terms();

    @Message("Importes en {currency}.")
    String amountsIn(String currency);
}
