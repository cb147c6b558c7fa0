# syntax=docker/dockerfile:1
# Build: docker build -t halle-bot .
# Run:   docker run -d -e TELEGRAM_BOT_TOKEN=... -v "$PWD/knowledge:/app/knowledge" -v halle-data:/app/data halle-bot

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src/main ./src/main
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# The home folder must be writable: the embedding model's tokenizer unpacks its native library to ~/.djl.ai.
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --create-home --home-dir /home/bot --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /build/target/halle-bot.jar /app/halle-bot.jar
COPY --chown=bot:bot knowledge/ /app/knowledge/
RUN mkdir -p /app/data && chown bot:bot /app/data

ENV KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/app/data \
    TELEGRAM_API_URL=https://api.telegram.org \
    BOT_RETENTION_DAYS=90 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75" \
    LANG=C.UTF-8

VOLUME ["/app/knowledge", "/app/data"]
USER bot

# 'health' exits 0 while the serving bot's heartbeat file (DATA_DIR/heartbeat) is fresh; the first index may take a
# while, hence the start period.
HEALTHCHECK --interval=30s --timeout=20s --start-period=180s --retries=3 \
    CMD ["sh", "-c", "exec java -Xmx64m -XX:TieredStopAtLevel=1 -jar /app/halle-bot.jar health"]

# exec: java is PID 1 and gets SIGTERM from 'docker stop' directly.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/halle-bot.jar \"$@\"", "halle-bot"]
CMD ["serve"]
