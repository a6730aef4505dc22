# CityBadges: one static-ish binary with templates, assets and migrations compiled in.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p citybadges && strip target/release/citybadges

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/* && useradd --system --home /var/lib/citybadges citybadges \
    && mkdir -p /var/lib/citybadges && chown citybadges /var/lib/citybadges
COPY --from=build /src/target/release/citybadges /usr/local/bin/citybadges
USER citybadges
ENV CITYBADGES_SERVER__BIND=0.0.0.0:8080 CITYBADGES_SERVER__DATA_DIR=/var/lib/citybadges
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["citybadges"]
CMD ["serve"]
