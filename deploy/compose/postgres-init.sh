#!/usr/bin/env bash
# First-start provisioning of the compose PostgreSQL (run once by the postgres image, from
# /docker-entrypoint-initdb.d, on an empty data volume). Does in psql what com.zivah.deploy.postgres.PostgresRoles
# does for the no-Docker stack and the tests, for exactly the `database` entries of deploy/stack.yaml
# (StackMatchesPlatformsTest checks it): database zivah (created by the image from POSTGRES_DB), and per service a login
# role with its password from the environment, a schema of the same name owned by it, and
# search_path set to that schema. Nobody gets CREATE on public. The shared extensions (PostgresRoles.EXTENSIONS:
# unaccent, for catalog-service's full-text search) are created here by the superuser in schema public.
# To re-provision (e.g. new passwords): `docker compose down -v` drops the volume.
set -eo pipefail

for var in CATALOG_DB_PASSWORD QUOTE_DB_PASSWORD NOTIFICATION_DB_PASSWORD; do
  if [ -z "${!var}" ]; then
    echo "postgres-init: $var is not set" >&2
    exit 1
  fi
done

# Passwords travel as psql variables and are quoted by psql (:'var'), never spliced into SQL text.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v catalog_pw="$CATALOG_DB_PASSWORD" \
  -v quote_pw="$QUOTE_DB_PASSWORD" \
  -v notification_pw="$NOTIFICATION_DB_PASSWORD" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

SELECT format('CREATE ROLE %I LOGIN', r)
  FROM unnest(ARRAY['catalog', 'quote', 'notification']) AS r
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r)
\gexec

ALTER ROLE catalog WITH LOGIN PASSWORD :'catalog_pw';
ALTER ROLE quote WITH LOGIN PASSWORD :'quote_pw';
ALTER ROLE notification WITH LOGIN PASSWORD :'notification_pw';

CREATE SCHEMA IF NOT EXISTS catalog AUTHORIZATION catalog;
CREATE SCHEMA IF NOT EXISTS quote AUTHORIZATION quote;
CREATE SCHEMA IF NOT EXISTS notification AUTHORIZATION notification;

ALTER ROLE catalog SET search_path = catalog;
ALTER ROLE quote SET search_path = quote;
ALTER ROLE notification SET search_path = notification;

GRANT CONNECT ON DATABASE zivah TO catalog, quote, notification;
SQL
