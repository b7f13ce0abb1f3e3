# Build: docker build -t readout .
# Run:   README.md, "Running in production" > Docker (.ci/deploy runs those commands).
# The binary is built exactly as .ci/run builds it (CGO_ENABLED=0, -trimpath);
# a test compares the two command lines. No "syntax" line: the builder's own
# Dockerfile frontend does all this file needs, and builds need no registry
# beyond the base images.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags "-X main.version=${VERSION}" -o /out/readout ./cmd/readout
# A non-root user and a data directory it owns, for the scratch image.
RUN echo 'readout:x:10001:10001:readout:/data:/sbin/nologin' > /out/passwd \
 && echo 'readout:x:10001:' > /out/group \
 && mkdir -p /out/data && chown 10001:10001 /out/data && chmod 0700 /out/data

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build /out/passwd /etc/passwd
COPY --from=build /out/group /etc/group
COPY --from=build --chown=10001:10001 /out/data /data
COPY --from=build /out/readout /usr/local/bin/readout
ENV READOUT_DATA_DIR=/data \
    READOUT_HTTP_ADDR=0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
USER 10001:10001
# /readyz: database open, a recent poll cycle, Slack connected. No curl needed.
# During the start period it checks every 2 s (Docker 25 and later), so the
# container is healthy seconds after its first poll cycle, not 30 s later.
HEALTHCHECK --interval=30s --timeout=10s --start-period=1m --start-interval=2s --retries=3 CMD ["readout", "healthcheck"]
ENTRYPOINT ["readout"]
CMD ["serve"]
