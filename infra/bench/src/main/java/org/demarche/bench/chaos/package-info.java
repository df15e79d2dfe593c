/**
 * {@code infra/bench/run chaos}: the production shape on one machine (three Kafka broker
 * processes, a PostgreSQL database per service, two instances of each service) running a hundred
 * campaigns while instances, a broker and database connections are killed; checked at the end
 * from the SMTP sink's own record and the services' databases.
 */
package org.demarche.bench.chaos;
