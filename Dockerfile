# The ledger as a container, for docker-compose.yml. The build skips the embedded Elasticsearch
# distribution: in compose, Elasticsearch and PostgreSQL are services of their own.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The production assembly leaves the simulated partners out (-Dproduction); SIMULATORS=true keeps them
# for a development image.
ARG SIMULATORS=false
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests -Dmdep.skip=true \
        $([ "$SIMULATORS" = true ] || echo -Dproduction) package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home ledger
USER ledger
WORKDIR /home/ledger
COPY --from=build /src/app/target/order-ledger.jar /home/ledger/order-ledger.jar
EXPOSE 8080
# the throughput collector: on a small machine G1's concurrent work costs the ledger more (ADR 0013, item 13)
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-jar", "/home/ledger/order-ledger.jar"]
