# KSZ emulator: docker build -t ksz-emulator . && docker run -p 8080:8080 -v ksz-data:/data ksz-emulator
# Two stages: the first compiles TypeScript and better-sqlite3 (native, needs a compiler), the
# second carries only what runs: production node_modules, dist/, the contracts and two files
# read at run time from src/ (the XSD validator's worker and the explorer's static page).

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY fixtures ./fixtures
COPY wsdl ./wsdl
RUN npx tsc -p tsconfig.json && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    KSZ_EMU_HOST=0.0.0.0 \
    KSZ_EMU_PORT=8080 \
    KSZ_EMU_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/wsdl ./wsdl
COPY --from=build /app/src/validation/*.mjs ./src/validation/
COPY --from=build /app/src/explorer/public ./src/explorer/public
# The database and the test certificates live in /data: keep it in a volume to keep them.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.KSZ_EMU_PORT || 8080) + '/_admin/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/src/cli.js"]
CMD ["start"]
