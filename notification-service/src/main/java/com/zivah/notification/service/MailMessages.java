package com.zivah.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed wording of the mails, Spanish by default; {@link MailMessagesEn} holds English.
 * Messages never take customer input: user content goes straight into the templates, where Qute escapes it.
 */
@MessageBundle(value = "msg", locale = "es")
public interface MailMessages {

    @Message("Hemos recibido su solicitud de cotización {quoteNumber}")
    String subject(String quoteNumber);

    @Message("Estimado/a")
    String greeting();

    @Message("Gracias por su interés en ZIVAH International. Hemos recibido su solicitud de cotización con el número {quoteNumber}.")
    String received(String quoteNumber);

    @Message("Productos solicitados")
    String itemsHeading();

    @Message("Producto")
    String product();

    @Message("Cantidad")
    String quantity();

    @Message("Unidad")
    String unit();

    @Message("Su mensaje")
    String yourMessage();

    @Message("Nuestro equipo comercial revisará su solicitud y le enviará una cotización detallada lo antes posible. Indique el número {quoteNumber} en cualquier comunicación.")
    String nextSteps(String quoteNumber);

    @Message("Atentamente,")
    String regards();

    @Message("El equipo de ZIVAH International")
    String team();

    @Message("Ha recibido este correo porque envió una solicitud de cotización en nuestro sitio web.")
    String footer();
}
