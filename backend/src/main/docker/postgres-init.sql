-- Run once by the postgres image on an empty volume (docker-compose.yml mounts it into /docker-entrypoint-initdb.d).
-- The application database (POSTGRES_DB, default "opora") is created by the image itself; Keycloak gets its own.
-- Both inherit the cluster's builtin C.UTF-8 locale (POSTGRES_INITDB_ARGS), so lower()/upper() handle Cyrillic.
CREATE DATABASE keycloak;
