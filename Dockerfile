# The runtime image of resim-metrics: the single binary (npm run build) on distroless/cc,
# which has glibc, libstdc++, CA certificates and tzdata, and no shell, package manager or Node.
#
#   npm run build
#   buildah bud -t resim-metrics .        # or: docker build -t resim-metrics .
#
# BASE may name any image with glibc 2.28 or newer. Where gcr.io cannot be reached, build an
# equivalent from Debian's packages first:
#
#   build/distroless_cc.sh --image localhost/distroless-cc
#   buildah bud --build-arg BASE=localhost/distroless-cc -t resim-metrics .
ARG BASE=gcr.io/distroless/cc-debian12
FROM ${BASE}
COPY dist/resim-metrics /usr/local/bin/resim-metrics
ENTRYPOINT ["/usr/local/bin/resim-metrics"]
CMD ["--help"]
