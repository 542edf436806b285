package com.zivah.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI text of the site. The annotation values are the Spanish defaults; English lives in
 * {@code messages/msg_en.properties}. Templates use them as {@code {msg:key}}.
 */
@MessageBundle
public interface AppMessages {

    @Message("Saltar al contenido")
    String skipLink();

    @Message("Navegación principal")
    String navLabel();

    @Message("Catálogo")
    String navCatalog();

    @Message("Solicitar cotización")
    String navQuote();

    @Message("Administración")
    String navAdmin();

    @Message("Idioma")
    String languageLabel();

    @Message("Comercio internacional de productos agrícolas e industriales")
    String tagline();

    @Message("Productos de exportación con calidad garantizada")
    String heroTitle();

    @Message("Abastecemos a importadores y distribuidores de todo el mundo. Explore el catálogo y solicite una cotización sin compromiso.")
    String heroText();

    @Message("Ver catálogo")
    String heroBrowse();

    @Message("Por qué ZIVAH")
    String heroPointsLabel();

    @Message("Exportamos a más de 40 países")
    String heroPoint1();

    @Message("Calidad certificada lote a lote")
    String heroPoint2();

    @Message("Cotización en 24 horas hábiles")
    String heroPoint3();

    @Message("Categorías")
    String categoriesTitle();

    @Message("{count} {#if count == 1}producto{#else}productos{/if}")
    String productCount(long count);

    @Message("Productos")
    String productsTitle();

    @Message("Buscar")
    String searchLabel();

    @Message("Nombre, SKU o descripción")
    String searchPlaceholder();

    @Message("Categoría")
    String categoryFilterLabel();

    @Message("Todas las categorías")
    String allCategories();

    @Message("Filtrar")
    String searchButton();

    @Message("{total} {#if total == 1}producto encontrado{#else}productos encontrados{/if}")
    String resultsCount(long total);

    @Message("No hay productos que coincidan con su búsqueda.")
    String noProducts();

    @Message("Unidad")
    String unitLabel();

    @Message("Pedido mínimo")
    String moqLabel();

    @Message("Precio")
    String priceLabel();

    @Message("Precio a consultar")
    String priceOnRequest();

    @Message("Cotizar")
    String quoteButton();

    @Message("Paginación")
    String paginationLabel();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Página {current} de {total}")
    String pageOf(int current, int total);

    @Message("Solicitud de cotización")
    String rfqTitle();

    @Message("Indíquenos qué producto y qué cantidad necesita. Le responderemos con una cotización en un plazo de 24 horas hábiles.")
    String rfqIntro();

    @Message("Los campos marcados con * son obligatorios.")
    String requiredNote();

    @Message("Producto")
    String fieldProduct();

    @Message("Seleccione un producto")
    String chooseProduct();

    @Message("Cantidad")
    String fieldQuantity();

    @Message("Nombre completo")
    String fieldName();

    @Message("Correo electrónico")
    String fieldEmail();

    @Message("Teléfono")
    String fieldPhone();

    @Message("Empresa")
    String fieldCompany();

    @Message("País")
    String fieldCountry();

    @Message("Mensaje")
    String fieldMessage();

    @Message("opcional")
    String optional();

    @Message("Enviar solicitud")
    String submit();

    @Message("Revise los campos marcados antes de enviar:")
    String errorSummary();

    @Message("Revise el dato de «{label}».")
    String fieldRejected(String label);

    @Message("No pudimos registrar la solicitud. Revise los datos e inténtelo de nuevo.")
    String formRejected();

    @Message("¡Gracias por su solicitud!")
    String thanksTitle();

    @Message("Número de solicitud")
    String quoteNumberLabel();

    @Message("Hemos recibido su solicitud. Le enviaremos la cotización por correo electrónico; conserve este número para cualquier consulta.")
    String thanksText();

    @Message("Volver al catálogo")
    String backHome();

    @Message("Volver al formulario")
    String backToForm();

    @Message("ZIVAH International. Todos los derechos reservados.")
    String footerRights();

    @Message("Materias primas de exportación")
    String homeTitle();

    @Message("ZIVAH International: café, cacao, especias, frutos secos, granos, aceites, mariscos y textiles para importadores y distribuidores. Solicite una cotización.")
    String homeDescription();

    @Message("Categorías destacadas")
    String featuredCategories();

    @Message("Productos destacados")
    String featuredProducts();

    @Message("Ver todo el catálogo")
    String viewAll();

    @Message("Contacto")
    String contactTitle();

    @Message("Dirección")
    String addressLabel();

    @Message("Inicio")
    String homeLink();

    @Message("Catálogo de productos")
    String catalogTitle();

    @Message("Todos los productos de ZIVAH International con precios, pedido mínimo y disponibilidad. Filtre por categoría, precio y existencias.")
    String catalogDescription();

    @Message("{name}: productos de ZIVAH International con precios, pedido mínimo y disponibilidad.")
    String categoryPageDescription(String name);

    @Message("Resultados para «{q}»")
    String searchTitle(String q);

    @Message("página {page}")
    String pageSuffix(int page);

    @Message("Filtros")
    String filtersTitle();

    @Message("Precio desde")
    String priceFrom();

    @Message("Precio hasta")
    String priceTo();

    @Message("Solo con existencias")
    String inStockOnly();

    @Message("Ordenar por")
    String sortLabel();

    @Message("Relevancia")
    String sortRelevance();

    @Message("Nombre")
    String sortName();

    @Message("Precio: de menor a mayor")
    String sortPrice();

    @Message("Novedades")
    String sortNewest();

    @Message("Aplicar")
    String applyFilters();

    @Message("Quitar filtros")
    String clearFilters();

    @Message("Resultados por categoría")
    String refineByCategory();

    @Message("Todos los productos")
    String allProducts();

    @Message("No encontramos productos para «{q}».")
    String noResultsFor(String q);

    @Message("Revise la ortografía, pruebe con menos palabras o explore una categoría:")
    String noResultsTips();

    @Message("En existencia")
    String inStock();

    @Message("Sin existencias")
    String outOfStock();

    @Message("Disponibilidad")
    String availabilityLabel();

    @Message("Ruta de navegación")
    String breadcrumbLabel();

    @Message("Especificaciones")
    String specsTitle();

    @Message("Descripción")
    String descriptionTitle();

    @Message("Imágenes del producto")
    String galleryLabel();

    @Message("Ver imagen ampliada: {alt}")
    String enlargeImage(String alt);

    @Message("Añadir a la cotización")
    String addToQuote();

    @Message("Solicitar cotización")
    String addToQuoteTitle();

    @Message("Pedido mínimo: {moq} {unit}")
    String minOrderHint(int moq, String unit);

    @Message("Busque en el catálogo o elija una categoría:")
    String notFoundHelp();

    @Message("Ver {name}")
    String viewProduct(String name);

    @Message("Página {n}")
    String pageLink(int n);

    @Message("Resultados")
    String resultsLabel();

    @Message("Ir a los resultados")
    String skipToResults();

    @Message("Mi cotización")
    String navCart();

    @Message("Contacto")
    String navContact();

    @Message("{count} {#if count == 1}artículo{#else}artículos{/if}")
    String cartItems(int count);

    @Message("{count} {#if count == 1}artículo en la cotización{#else}artículos en la cotización{/if}")
    String cartCountLabel(int count);

    @Message("Su solicitud de cotización")
    String cartTitle();

    @Message("Revise los productos y cantidades, añada una nota por producto si lo desea y envíenos sus datos. Le responderemos en un plazo de 24 horas hábiles.")
    String cartIntro();

    @Message("Su cotización está vacía. Añada productos desde el catálogo con el botón «Añadir a la cotización».")
    String cartEmpty();

    @Message("Productos de la cotización")
    String cartLinesLabel();

    @Message("Producto")
    String cartProduct();

    @Message("Nota")
    String cartNote();

    @Message("Opcional: calidad, envase, plazo… (máximo 500 caracteres)")
    String cartNoteHint();

    @Message("Actualizar")
    String cartUpdate();

    @Message("Actualizar {name}")
    String cartUpdateLine(String name);

    @Message("Quitar")
    String cartRemove();

    @Message("Quitar {name} de la cotización")
    String cartRemoveLine(String name);

    @Message("Cotización actualizada.")
    String cartUpdated();

    @Message("Producto quitado de la cotización.")
    String cartRemoved();

    @Message("Producto añadido a la cotización.")
    String cartAdded();

    @Message("Su cotización está completa: admite hasta {max} productos y notas de extensión limitada. Envíe esta solicitud o quite algún producto para añadir otro; no se ha añadido nada.")
    String cartFull(int max);

    @Message("La nota no cabe en la cotización (el total de notas es limitado). Acórtela o acorte otras notas; no se ha guardado el cambio.")
    String cartNoteNoRoom();

    @Message("Este producto ya no está disponible. Quítelo para enviar la solicitud.")
    String cartUnavailable();

    @Message("Las condiciones de este producto han cambiado desde que lo añadió (pedido mínimo o precio). Revise los datos actuales y pulse «Actualizar» para confirmarlos.")
    String cartChanged();

    @Message("Por debajo del pedido mínimo ({moq} {unit}): puede solicitarlo igualmente y le propondremos opciones.")
    String cartBelowMinimum(int moq, String unit);

    @Message("Producto {id}")
    String cartUnknownProduct(long id);

    @Message("Quite de la cotización los productos que ya no están disponibles antes de enviarla.")
    String cartBlocked();

    @Message("Su cotización está vacía: añada al menos un producto antes de enviarla.")
    String cartEmptyOnSubmit();

    @Message("Revise «{name}»: no pudimos aceptar este producto o su cantidad.")
    String lineRejected(String name);

    @Message("Sus datos")
    String rfqDetailsTitle();

    @Message("Idioma de la respuesta")
    String fieldPreferredLanguage();

    @Message("Seleccione un país")
    String chooseCountry();

    @Message("Por seguridad, espere unos segundos y vuelva a enviar el formulario. Sus datos se han conservado.")
    String tooFast();

    @Message("No pudimos registrar su solicitud en este momento. Sus datos se han conservado: inténtelo de nuevo en unos minutos.")
    String tryAgain();

    @Message("Esta solicitud ya se había enviado con otro contenido. Revise los datos y envíela de nuevo.")
    String keyReused();

    @Message("No rellene este campo")
    String honeypotLabel();

    @Message("Enviando…")
    String sending();

    @Message("Resumen de la solicitud")
    String summaryTitle();

    @Message("Hemos recibido su solicitud. Le responderemos por correo electrónico.")
    String thanksGeneric();

    @Message("Le hemos enviado una confirmación por correo electrónico.")
    String confirmationMailNote();

    @Message("¿Tiene alguna pregunta sobre nuestros productos, envíos o condiciones? Escríbanos y le responderemos en un plazo de 24 horas hábiles.")
    String contactIntro();

    @Message("Asunto")
    String fieldSubject();

    @Message("Enviar mensaje")
    String contactSend();

    @Message("¡Gracias por su mensaje!")
    String contactThanksTitle();

    @Message("Referencia")
    String contactReferenceLabel();

    @Message("Hemos recibido su mensaje y le responderemos por correo electrónico. Conserve esta referencia para cualquier consulta.")
    String contactThanksText();

    @Message("Ver mi cotización")
    String goToCart();

    @Message("Seguir explorando el catálogo")
    String continueShopping();
}
