package com.zivah.admin.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The admin's shared UI texts: layout, navigation, dashboard, quotes, contact messages. Spanish defaults here, English
 * in {@code messages/msg_en.properties}; templates use {@code {msg:key}}. Another area keeps its own bundle
 * ({@code @MessageBundle("catalog")} → {@code {catalog:key}}) so streams never edit the same file.
 */
@MessageBundle
public interface AdminMessages {

    @Message("Saltar al contenido")
    String skipLink();

    @Message("ZIVAH Admin")
    String brand();

    @Message("Navegación de la administración")
    String navLabel();

    @Message("Panel")
    String navDashboard();

    @Message("Cotizaciones")
    String navQuotes();

    @Message("Mensajes de contacto")
    String navContact();

    @Message("Productos")
    String navProducts();

    @Message("Categorías")
    String navCategories();

    @Message("Ajustes del sitio")
    String navSettings();

    @Message("Usuarios")
    String navUsers();

    @Message("Actividad")
    String navActivity();

    @Message("Envíos de correo")
    String navDeliveries();

    @Message("Idioma")
    String languageLabel();

    @Message("{name} — {roles}")
    String signedInAs(String name, String roles);

    @Message("Cerrar sesión")
    String logout();

    @Message("¿Desea cerrar la sesión de personal de ZIVAH en este navegador?")
    String logoutQuestion();

    @Message("Volver al panel")
    String backToDashboard();

    @Message("Solo lectura: su rol puede ver pero no modificar.")
    String readOnly();

    @Message("Panel")
    String dashboardTitle();

    @Message("Solicitudes hoy")
    String kpiToday();

    @Message("Solicitudes esta semana")
    String kpiWeek();

    @Message("Tiempo medio hasta la primera respuesta")
    String kpiFirstResponse();

    @Message("Cotizaciones enviadas")
    String kpiSent();

    @Message("Cotizaciones por estado")
    String byStatus();

    @Message("Solicitudes por día (últimos 30 días)")
    String perDay();

    @Message("Productos más solicitados")
    String topProducts();

    @Message("Cotizaciones recientes")
    String recentQuotes();

    @Message("Aún no hay cotizaciones.")
    String noQuotes();

    @Message("sin datos")
    String noData();

    @Message("{#when status}{#is 'PENDING'}Pendiente{#is 'PROCESSING'}En proceso{#is 'SENT'}Enviada{#is 'CLOSED'}Cerrada{#is 'CANCELLED'}Cancelada{#else}{status}{/when}")
    String status(String status);

    @Message("Número")
    String colNumber();

    @Message("Estado")
    String colStatus();

    @Message("Cliente")
    String colCustomer();

    @Message("País")
    String colCountry();

    @Message("Líneas")
    String colItems();

    @Message("Recibida")
    String colCreated();

    @Message("Producto")
    String colProduct();

    @Message("Solicitudes")
    String colQuotes();

    @Message("Cantidad total")
    String colQuantity();

    @Message("Filtros")
    String filters();

    @Message("Todos")
    String all();

    @Message("Correo electrónico")
    String email();

    @Message("Desde")
    String from();

    @Message("Hasta")
    String to();

    @Message("Texto")
    String text();

    @Message("Filtrar")
    String filter();

    @Message("{count} resultados")
    String found(long count);

    @Message("Total")
    String total();

    @Message("Páginas")
    String pages();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Página {page} de {pages}")
    String pageOf(int page, int pages);

    @Message("Otra persona modificó esta cotización mientras tanto. Se muestra su estado actual: revise y repita su cambio.")
    String stale();

    @Message("Marque la casilla de confirmación para continuar.")
    String confirmFirst();

    @Message("Revise los campos marcados.")
    String checkFields();

    @Message("Comprador")
    String buyer();

    @Message("Teléfono")
    String phone();

    @Message("Idioma")
    String language();

    @Message("Motivo de la cancelación")
    String cancelReason();

    @Message("Mensaje del comprador")
    String buyerMessage();

    @Message("Acciones")
    String actions();

    @Message("{#when action}{#is 'START_PROCESSING'}Empezar a procesar{#is 'CANCEL'}Cancelar cotización{#is 'REOPEN'}Reabrir{#is 'CLOSE'}Cerrar{#is 'SEND'}Enviar al comprador{#else}{action}{/when}")
    String action(String action);

    @Message("¿Enviar esta cotización con su PDF a {email}?")
    String sendQuestion(String email);

    @Message("Sí, enviar la cotización a {email}")
    String sendConfirm(String email);

    @Message("¿Cancelar esta cotización?")
    String cancelQuestion();

    @Message("Sí, cancelar la cotización")
    String cancelConfirm();

    @Message("Vista previa del PDF (borrador)")
    String draftPdf();

    @Message("Líneas y precios")
    String pricing();

    @Message("Cantidad")
    String quantity();

    @Message("Nota del comprador")
    String buyerNote();

    @Message("Precio de lista")
    String listPrice();

    @Message("Precio unitario")
    String unitPrice();

    @Message("Importe")
    String lineTotal();

    @Message("a consultar")
    String onRequest();

    @Message("{#when code}{#is 'number'}Introduzca un número, p. ej. 12,50{#is 'ambiguousNumber'}¿Miles o decimales? Escriba 1234,50 o 1.234,50{#is 'date'}Introduzca una fecha AAAA-MM-DD{#else}{code}{/when}")
    String fieldError(String code);

    @Message("Subtotal")
    String subtotal();

    @Message("Descuento")
    String discount();

    @Message("Moneda")
    String currency();

    @Message("Válida hasta")
    String validUntil();

    @Message("Descuento %")
    String discountPercent();

    @Message("Condiciones (visibles para el comprador)")
    String terms();

    @Message("Notas internas")
    String adminNotes();

    @Message("Guardar precios")
    String savePricing();

    @Message("Vista previa calculada en el navegador; los importes guardados los calcula el servicio de cotizaciones.")
    String previewHint();

    @Message("Versiones enviadas")
    String sentVersions();

    @Message("Aún no se ha enviado ninguna versión.")
    String noVersions();

    @Message("Versión")
    String version();

    @Message("Enviada")
    String sentAt();

    @Message("Enviada por")
    String sentBy();

    @Message("Historial")
    String timeline();

    @Message("{#when kind}{#is 'SUBMITTED'}Solicitud recibida{#is 'PRICED'}Precios guardados{#is 'STATUS_CHANGED'}Cambio de estado{#is 'SENT'}Enviada{#is 'NOTE_CHANGED'}Notas cambiadas{#else}{kind}{/when}")
    String kind(String kind);

    @Message("El comprador envió la solicitud de cotización")
    String timelineSubmitted();

    @Message("Precios cambiados: total")
    String timelinePriced();

    @Message("Precios cambiados (no todas las líneas tienen precio)")
    String timelineUnpriced();

    @Message("Versión {version} enviada: total")
    String timelineSent(String version);

    @Message("Notas internas cambiadas")
    String timelineNotes();

    @Message("Correos de esta cotización")
    String mails();

    @Message("El registro de envíos no está disponible en este momento.")
    String mailsUnavailable();

    @Message("Ningún correo todavía.")
    String noMails();

    @Message("Tipo")
    String mailKind();

    @Message("Destinatario")
    String recipient();

    @Message("Intentos")
    String attempts();

    @Message("{#when code}{#is 'priced'}Precios guardados.{#is 'sent'}Cotización enviada: el comprador recibirá el correo con el PDF.{#is 'START_PROCESSING'}La cotización está en proceso.{#is 'CANCEL'}Cotización cancelada.{#is 'REOPEN'}Cotización reabierta.{#is 'CLOSE'}Cotización cerrada.{#is 'handled'}Mensaje marcado como atendido.{#else}Hecho.{/when}")
    String flash(String code);

    @Message("Estado")
    String handledFilter();

    @Message("Atendido")
    String handled();

    @Message("Pendiente")
    String unhandled();

    @Message("Marcar como atendido")
    String markHandled();

    @Message("Asunto")
    String subject();

    @Message("Referencia")
    String reference();

    @Message("Atendido por {by} el {at}")
    String handledBy(String by, String at);

    @Message("No hay mensajes.")
    String noMessages();

    @Message("Mensaje")
    String messageLabel();
}
