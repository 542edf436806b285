package com.zivah.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed wording of the mails to customers, Spanish by default; {@link MailMessagesEn} holds English.
 * Messages never take customer input: user content goes straight into the templates, where Qute escapes it.
 * The company name comes from the site settings (ours, not a customer's).
 */
@MessageBundle(value = "msg", locale = "es")
public interface MailMessages {

    @Message("Hemos recibido su solicitud de cotización {quoteNumber}")
    String subject(String quoteNumber);

    @Message("Estimado/a")
    String greeting();

    @Message("Gracias por su interés en {company}. Hemos recibido su solicitud de cotización con el número {quoteNumber}.")
    String received(String company, String quoteNumber);

    @Message("Productos solicitados")
    String itemsHeading();

    @Message("Producto")
    String product();

    @Message("Cantidad")
    String quantity();

    @Message("Unidad")
    String unit();

    @Message("Nota")
    String note();

    @Message("Su mensaje")
    String yourMessage();

    @Message("Nuestro equipo comercial revisará su solicitud y le enviará una cotización detallada lo antes posible. Indique el número {quoteNumber} en cualquier comunicación.")
    String nextSteps(String quoteNumber);

    @Message("Atentamente,")
    String regards();

    @Message("El equipo de {company}")
    String team(String company);

    @Message("Ha recibido este correo porque envió una solicitud de cotización en nuestro sitio web.")
    String footer();

    @Message("Contacto")
    String contactUs();

    @Message("Hemos recibido su mensaje {reference}")
    String contactSubject(String reference);

    @Message("Gracias por escribir a {company}. Hemos recibido su mensaje con la referencia {reference} y le responderemos lo antes posible.")
    String contactReceived(String company, String reference);

    @Message("Asunto")
    String contactSubjectLabel();

    @Message("Ha recibido este correo porque nos escribió a través del formulario de contacto de nuestro sitio web.")
    String contactFooter();

    @Message("Su cotización {quoteNumber} (versión {version})")
    String sentSubject(String quoteNumber, int version);

    @Message("Gracias por su interés en {company}. Le enviamos nuestra cotización {quoteNumber}, versión {version}, para su solicitud.")
    String sentIntro(String company, String quoteNumber, int version);

    @Message("Detalle de la cotización")
    String sentItemsHeading();

    @Message("Precio unitario")
    String unitPrice();

    @Message("Importe")
    String lineTotal();

    @Message("Subtotal")
    String subtotal();

    @Message("Descuento ({percent} %)")
    String discount(String percent);

    @Message("Total")
    String total();

    @Message("Moneda")
    String currency();

    @Message("Válida hasta")
    String validUntil();

    @Message("Condiciones")
    String terms();

    @Message("Adjuntamos la cotización en PDF: {fileName}.")
    String attached(String fileName);

    @Message("Para aceptarla o si tiene alguna pregunta, escríbanos a {email} indicando el número {quoteNumber}.")
    String sentNextSteps(String email, String quoteNumber);
}
