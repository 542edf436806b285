-- Every write to the public catalog raises a notification on channel catalog_changed, delivered at commit to every
-- listening replica (repository/CatalogChangeListener), which drops its cache of public reads. Statement-level
-- triggers: one notification per statement (PostgreSQL folds identical ones within a transaction), whatever wrote
-- the rows (API, CSV import, demo data, an operator's SQL).
create function notify_catalog_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('catalog_changed', tg_table_name);
    return null;
end
$$;

create trigger category_changed after insert or update or delete or truncate on category
    for each statement execute function notify_catalog_changed();
create trigger product_changed after insert or update or delete or truncate on product
    for each statement execute function notify_catalog_changed();
create trigger site_setting_changed after insert or update or delete or truncate on site_setting
    for each statement execute function notify_catalog_changed();
