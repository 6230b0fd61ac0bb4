# The gateway's image: built from source in a Maven stage, run by a JRE as a non-root user.
#   docker build -t odoo-rest-camel .
#   docker run -e ODOO_URL=http://odoo:8069 -e ODOO_DB=odoo -p 8080:8080 -p 9876:9876 odoo-rest-camel

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# dependencies first, so that a change of the sources does not download them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY config config
COPY routes routes
COPY src src
COPY component/src component/src
RUN mvn -B -q package -DskipTests && cp target/odoo-rest-camel-*.jar /build/odoo-rest-camel.jar

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 gateway \
    && useradd --system --uid 10001 --gid gateway --no-create-home --shell /usr/sbin/nologin gateway \
    && mkdir -p /var/lib/odoo-rest-camel \
    && chown gateway:gateway /var/lib/odoo-rest-camel
# The change feeds' positions and the bundles' lock files (ODOO_STATE_DIR, CLUSTER_LOCK_DIR); mount a
# volume here to keep them across restarts.
ENV ODOO_STATE_DIR=/var/lib/odoo-rest-camel/state CLUSTER_LOCK_DIR=/var/lib/odoo-rest-camel/cluster
WORKDIR /app
COPY --from=build /build/odoo-rest-camel.jar /app/odoo-rest-camel.jar
# A class-data archive of the classes the gateway loads to start and to serve its first reads: a
# training run of the jar with this image's JVM and options, which needs no Odoo (the warm-up reads
# recorded answers), stops 20 s after start and writes the archive as it exits. Its state goes to a
# folder thrown away after it. The archive only holds for this JVM and this jar, which is why it
# is made here and not in the build stage; a JVM that cannot use it starts without it.
RUN ODOO_URL=http://127.0.0.1:9 ODOO_STATE_DIR=/tmp/training CLUSTER_LOCK_DIR=/tmp/training \
        HTTP_HOST=127.0.0.1 CAMEL_MANAGEMENT_HOST=127.0.0.1 WARM_UP_DURATION=3 \
        java -XX:ArchiveClassesAtExit=/app/odoo-rest-camel.jsa -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError \
        -Dcamel.main.duration-max-seconds=20 -jar /app/odoo-rest-camel.jar > /tmp/training.log 2>&1; \
    test -s /app/odoo-rest-camel.jsa || { cat /tmp/training.log; exit 1; }; \
    rm -rf /tmp/training /tmp/training.log
USER 10001:10001
# 8080: the REST API (HTTP_PORT); 9876: metrics and health checks (CAMEL_MANAGEMENT_PORT)
EXPOSE 8080 9876
# Ready = Odoo answers too; Docker restarts nothing on its own, so this only marks the container
# healthy for depends_on and for humans.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:9876/observe/health/ready || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/odoo-rest-camel.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/odoo-rest-camel.jar"]
