package com.zivah.platform.ui.error;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The kit's texts (Spanish defaults here, English in {@link UiMessagesEn}), used by its templates as
 * {@code {ui:title(kind)}}: the failure notices both frontends show. One message per kind and purpose (no nested
 * message references, which would lose the page's locale).
 */
@MessageBundle("ui")
public interface UiMessages {

    /** The heading of a failure page of {@code kind} (unavailable, notFound, badRequest, tooLarge, expired, forbidden, error). */
    @Message("{#when kind}{#is 'unavailable'}Servicio no disponible{#is 'notFound'}Página no encontrada{#is 'badRequest'}Solicitud no válida{#is 'tooLarge'}Solicitud demasiado grande{#is 'expired'}El formulario ha caducado{#is 'forbidden'}Acceso denegado{#else}Algo salió mal{/when}")
    String title(String kind);

    /** The explanation of a failure page of {@code kind}. */
    @Message("{#when kind}{#is 'unavailable'}En este momento no podemos mostrar esta página. Inténtelo de nuevo en unos minutos.{#is 'notFound'}La página que busca no existe o ha cambiado de dirección.{#is 'badRequest'}La dirección o los datos enviados contienen caracteres no válidos o un formato que no podemos procesar. Revíselos e inténtelo de nuevo.{#is 'tooLarge'}Los datos enviados son demasiado grandes o tienen demasiados campos. Vuelva a abrir el formulario e inténtelo de nuevo.{#is 'expired'}Por seguridad, el formulario ya no es válido (caducó o se abrió de nuevo en otra pestaña). Vuelva a abrirlo y envíelo otra vez; no se ha enviado nada.{#is 'forbidden'}Su cuenta no tiene permiso para esta página o esta acción.{#else}Se produjo un error inesperado. Ya estamos trabajando en ello; inténtelo de nuevo más tarde.{/when}")
    String text(String kind);
}
