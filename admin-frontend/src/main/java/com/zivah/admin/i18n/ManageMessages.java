package com.zivah.admin.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin's catalog, settings, users and log pages ({@code manage:} in templates): Spanish here, English
 * in {@code messages/manage_en.properties}.
 */
@MessageBundle(value = "manage", locale = "es")
public interface ManageMessages {

    @Message("Buscar")
    String search();

    @Message("Filtrar")
    String filter();

    @Message("Quitar filtros")
    String clearFilters();

    @Message("Todos")
    String any();

    @Message("Guardar")
    String save();

    @Message("Cancelar")
    String cancel();

    @Message("Editar")
    String edit();

    @Message("Eliminar")
    String delete();

    @Message("Sí")
    String yes();

    @Message("No")
    String no();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Página {page} de {pages}")
    String pageOf(int page, int pages);

    @Message("{count} resultados")
    String results(long count);

    @Message("Acciones")
    String actions();

    @Message("Nada que mostrar.")
    String none();

    @Message("obligatorio")
    String required();

    @Message("Revise los campos marcados.")
    String formHasErrors();

    @Message("Alguien cambió esto mientras lo editaba. Se muestra la versión actual: revise y vuelva a guardar.")
    String staleVersion();

    @Message("debe ser un número entero")
    String notAWholeNumber();

    @Message("debe ser un número como 12,50")
    String notADecimal();

    @Message("¿miles o decimales? escriba 1234,50 o 1.234,50")
    String ambiguousDecimal();

    @Message("¿Seguro?")
    String confirmTitle();

    @Message("Su rol solo permite consultar.")
    String readOnly();

    @Message("El servicio no responde ahora. Inténtelo de nuevo en unos segundos.")
    String upstreamDown();

    @Message("Productos")
    String productsTitle();

    @Message("SKU o nombre")
    String productsSearchLabel();

    @Message("Categoría")
    String productCategory();

    @Message("En venta")
    String productActive();

    @Message("Retirado")
    String productWithdrawn();

    @Message("Nuevo producto")
    String productNew();

    @Message("Editar {sku}")
    String productEditTitle(String sku);

    @Message("SKU")
    String productSku();

    @Message("Nombre en la URL")
    String productSlug();

    @Message("Opcional: se deriva del nombre en español.")
    String productSlugHint();

    @Message("Nombre (español)")
    String productNameEs();

    @Message("Nombre (inglés)")
    String productNameEn();

    @Message("Descripción (español)")
    String productDescriptionEs();

    @Message("Descripción (inglés)")
    String productDescriptionEn();

    @Message("Unidad")
    String productUnit();

    @Message("Pedido mínimo")
    String productMoq();

    @Message("Precio")
    String productPrice();

    @Message("Moneda")
    String productCurrency();

    @Message("Precio a consultar")
    String productPriceOnRequest();

    @Message("Existencias")
    String productStock();

    @Message("En venta (visible en el sitio)")
    String productIsActive();

    @Message("Especificaciones")
    String productSpecs();

    @Message("Clave")
    String specKey();

    @Message("Etiqueta (ES)")
    String specLabelEs();

    @Message("Etiqueta (EN)")
    String specLabelEn();

    @Message("Valor (ES)")
    String specValueEs();

    @Message("Valor (EN)")
    String specValueEn();

    @Message("Añadir fila")
    String specAdd();

    @Message("Quitar fila {n}")
    String specRemove(int n);

    @Message("Subir fila {n}")
    String specUp(int n);

    @Message("Bajar fila {n}")
    String specDown(int n);

    @Message("Fila {n}")
    String specRow(int n);

    @Message("Producto guardado.")
    String productSaved();

    @Message("Producto creado.")
    String productCreated();

    @Message("Producto eliminado.")
    String productDeleted();

    @Message("Existencias guardadas.")
    String productStockSaved();

    @Message("El producto está en venta.")
    String productActivated();

    @Message("El producto se retiró de la venta.")
    String productDeactivated();

    @Message("Poner en venta")
    String productActivate();

    @Message("Retirar de la venta")
    String productDeactivate();

    @Message("Eliminar producto")
    String productDelete();

    @Message("Se eliminará {sku} para todos; su SKU y su URL no se podrán reutilizar.")
    String productDeleteConfirm(String sku);

    @Message("Ese producto no existe (o se eliminó).")
    String productNotFound();

    @Message("Existencias")
    String productStockTitle();

    @Message("Disponibilidad")
    String productAvailability();

    @Message("Eliminar")
    String productDangerZone();

    @Message("Imágenes")
    String imagesTitle();

    @Message("Archivo de imagen (JPEG, PNG, WebP)")
    String imageFile();

    @Message("Texto alternativo (ES)")
    String imageAltEs();

    @Message("Texto alternativo (EN)")
    String imageAltEn();

    @Message("Subir imagen")
    String imageUpload();

    @Message("Subiendo…")
    String imageUploading();

    @Message("Imagen añadida.")
    String imageUploaded();

    @Message("Principal")
    String imagePrimary();

    @Message("Hacer principal")
    String imageMakePrimary();

    @Message("Mover antes")
    String imageMoveUp();

    @Message("Mover después")
    String imageMoveDown();

    @Message("Quitar imagen")
    String imageRemove();

    @Message("Orden de imágenes guardado.")
    String imagesOrdered();

    @Message("Imagen quitada.")
    String imageRemoved();

    @Message("Sin imágenes todavía.")
    String imagesNone();

    @Message("Guarde el producto para añadir imágenes.")
    String imagesAfterCreate();

    @Message("Exportar CSV")
    String csvExport();

    @Message("Importar CSV")
    String csvImport();

    @Message("Importar productos desde CSV")
    String csvImportTitle();

    @Message("Primero se valida el archivo entero sin cambiar nada; después puede aplicarlo.")
    String csvImportIntro();

    @Message("Archivo CSV (columnas de la exportación)")
    String csvFile();

    @Message("Validar")
    String csvCheck();

    @Message("Aplicar")
    String csvApply();

    @Message("{rows} filas: {created} nuevas, {updated} cambiadas, {unchanged} sin cambios.")
    String csvReport(int rows, int created, int updated, int unchanged);

    @Message("Importación aplicada: {rows} filas, {created} nuevas, {updated} cambiadas.")
    String csvApplied(int rows, int created, int updated);

    @Message("El archivo tiene errores; no se cambió nada.")
    String csvErrors();

    @Message("Fila")
    String csvRow();

    @Message("Columna")
    String csvColumn();

    @Message("Problema")
    String csvProblem();

    @Message("Elija un archivo CSV.")
    String csvMissing();

    @Message("Categorías")
    String categoriesTitle();

    @Message("Nombre (ES)")
    String categoryNameEs();

    @Message("Nombre (EN)")
    String categoryNameEn();

    @Message("Descripción (ES)")
    String categoryDescriptionEs();

    @Message("Descripción (EN)")
    String categoryDescriptionEn();

    @Message("Nombre en la URL")
    String categorySlug();

    @Message("Icono")
    String categoryIcon();

    @Message("Color")
    String categoryColor();

    @Message("Productos")
    String categoryProducts();

    @Message("Nueva categoría")
    String categoryNew();

    @Message("Categoría creada.")
    String categoryCreated();

    @Message("Categoría guardada.")
    String categorySaved();

    @Message("Categoría eliminada.")
    String categoryDeleted();

    @Message("Orden guardado.")
    String categoryMoved();

    @Message("Subir {name}")
    String categoryUp(String name);

    @Message("Bajar {name}")
    String categoryDown(String name);

    @Message("Se eliminará la categoría {name}.")
    String categoryDeleteConfirm(String name);

    @Message("Ajustes del sitio")
    String settingsTitle();

    @Message("Ajuste guardado.")
    String settingSaved();

    @Message("Público")
    String settingPublic();

    @Message("Cambiado {at} por {by}")
    String settingUpdated(String at, String by);

    @Message("JSON (objeto o lista)")
    String settingJsonHint();

    @Message("no es JSON válido")
    String settingInvalidJson();

    @Message("debe ser un número")
    String settingInvalidNumber();

    @Message("Usuarios")
    String usersTitle();

    @Message("Nombre")
    String userName();

    @Message("Correo electrónico")
    String userEmail();

    @Message("Nombre")
    String userFirstName();

    @Message("Apellidos")
    String userLastName();

    @Message("Rol")
    String userRole();

    @Message("Estado")
    String userStatus();

    @Message("Activo")
    String userEnabled();

    @Message("Desactivado")
    String userDisabled();

    @Message("Sin rol")
    String userNoRole();

    @Message("Nuevo usuario")
    String userNew();

    @Message("Crear y enviar correo")
    String userCreate();

    @Message("El usuario recibe un correo para elegir su contraseña.")
    String userCreateHint();

    @Message("Usuario creado; se le envió el correo para elegir contraseña.")
    String userCreated();

    @Message("Rol cambiado.")
    String userRoleChanged();

    @Message("Cambiar rol")
    String userChangeRole();

    @Message("Desactivar")
    String userDisable();

    @Message("Activar")
    String userEnable();

    @Message("Usuario desactivado: ya no puede entrar.")
    String userDisabledDone();

    @Message("Usuario activado.")
    String userEnabledDone();

    @Message("{name} no podrá entrar hasta que se active de nuevo.")
    String userDisableConfirm(String name);

    @Message("Enviar cambio de contraseña")
    String userResetPassword();

    @Message("Se envió el correo para cambiar la contraseña.")
    String userResetSent();

    @Message("(usted)")
    String userYou();

    @Message("Nombre, usuario o correo")
    String userSearchLabel();

    @Message("ya existe un usuario con este correo")
    String emailTaken();

    @Message("debe ser una dirección como nombre@empresa.com")
    String emailInvalid();

    @Message("es obligatorio (máximo 100 caracteres)")
    String nameRequired();

    @Message("elija ADMIN, MANAGER o VIEWER")
    String roleInvalid();

    @Message("no puede cambiar su propio rol ni desactivarse")
    String notYourself();

    @Message("Keycloak no pudo enviar el correo; revise el servidor SMTP del realm.")
    String mailFailed();

    @Message("ADMIN: todo, también usuarios y ajustes")
    String roleAdmin();

    @Message("MANAGER: catálogo, cotizaciones y mensajes")
    String roleManager();

    @Message("VIEWER: solo consulta")
    String roleViewer();

    @Message("Actividad")
    String activityTitle();

    @Message("Cuándo")
    String activityWhen();

    @Message("Quién")
    String activityWho();

    @Message("Qué")
    String activityWhat();

    @Message("Entidad")
    String activityEntity();

    @Message("Antes → después")
    String activityChange();

    @Message("Desde")
    String activityFrom();

    @Message("Hasta")
    String activityTo();

    @Message("Usuario")
    String activityActor();

    @Message("Acción")
    String activityAction();

    @Message("Tipo de entidad")
    String activityEntityType();

    @Message("IP {ip} · petición {request}")
    String activityOrigin(String ip, String request);

    @Message("No se pudo leer el registro de: {services}. Se muestra el resto.")
    String activityUnavailable(String services);

    @Message("sin cambios de campos")
    String activityNoChange();

    @Message("Envíos de correo")
    String deliveriesTitle();

    @Message("Estado")
    String deliveryStatus();

    @Message("Tipo")
    String deliveryKind();

    @Message("Destinatario")
    String deliveryRecipient();

    @Message("Asunto")
    String deliverySubject();

    @Message("Referencia")
    String deliveryReference();

    @Message("Intentos")
    String deliveryAttempts();

    @Message("Creado")
    String deliveryCreated();

    @Message("Último error")
    String deliveryLastError();

    @Message("Reenviar")
    String deliveryResend();

    @Message("El correo a {recipient} ({subject}) se enviará de nuevo tal como se compuso.")
    String deliveryResendConfirm(String recipient, String subject);

    @Message("Correo en cola para reenviarse.")
    String deliveryResent();

    @Message("Cotización")
    String deliveryQuoteNumber();

    @Message("Fallido")
    String deliveryFailedHint();

    @Message("Adjunto: {name}")
    String deliveryAttachment(String name);
    @Message("elija un archivo de imagen")
    String imageFileMissing();

    @Message("la imagen no se aceptó")
    String imageRefused();

    /** A delivery's status by its API name (the filter and the badges keep the name as the value). */
    @Message("{#when status}{#is 'PENDING'}Pendiente{#is 'SENT'}Enviado{#is 'FAILED'}Fallido{#is 'SUPPRESSED'}Suprimido{#else}{status}{/when}")
    String deliveryStatusName(String status);

    @Message("{#when kind}{#is 'QUOTE_CONFIRMATION'}Confirmación al comprador{#is 'QUOTE_SALES_ALERT'}Aviso a ventas (solicitud){#is 'CONTACT_AUTO_REPLY'}Respuesta automática (contacto){#is 'CONTACT_SALES_ALERT'}Aviso a ventas (contacto){#is 'QUOTE_SENT'}Cotización enviada{#else}{kind}{/when}")
    String deliveryKindName(String kind);

    @Message("{#when reason}{#is 'RECIPIENT_LIMIT'}límite por destinatario{#is 'BUDGET'}presupuesto de correo agotado{#else}{reason}{/when}")
    String suppressionName(String reason);

    /** The buyer's language by its tag ({@code es}, {@code en}). */
    @Message("{#when tag}{#is 'es'}Español{#is 'en'}Inglés{#else}{tag}{/when}")
    String languageName(String tag);
}
