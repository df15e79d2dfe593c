#!/usr/bin/env bash
# One database per service, owned by a role of the same name that can use only its own database.
# Run by the postgres image (/docker-entrypoint-initdb.d) on the first start of an empty data volume;
# the passwords come from the postgres container's environment (see docker-compose.yml).
set -euo pipefail

create_database() {
    local database=$1 owner=$2 password=$3
    if [[ -z "$password" ]]; then
        echo "No password given for database $database" >&2
        exit 1
    fi
    echo "Creating database $database owned by $owner"
    psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
        -v database="$database" -v owner="$owner" -v password="$password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"owner";
SQL
}

create_database intake    intake    "${INTAKE_DB_PASSWORD:-}"
create_database campaigns campaigns "${CAMPAIGNS_DB_PASSWORD:-}"
create_database outreach  outreach  "${OUTREACH_DB_PASSWORD:-}"
create_database dashboard dashboard "${DASHBOARD_DB_PASSWORD:-}"
