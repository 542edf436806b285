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
}
