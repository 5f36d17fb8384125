# Interlinea: API + built web app on one port, against the PostgreSQL named by DATABASE_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# every workspace's package.json, so npm links all of them (@interlinea/*)
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/package.json
COPY apps/web-e2e/package.json apps/web-e2e/package.json
COPY apps/web/package.json apps/web/package.json
COPY libs/align/package.json libs/align/package.json
COPY libs/formats/package.json libs/formats/package.json
COPY libs/glossary/package.json libs/glossary/package.json
COPY libs/inline-codes/package.json libs/inline-codes/package.json
COPY libs/publishing/package.json libs/publishing/package.json
COPY libs/qa/package.json libs/qa/package.json
COPY libs/segmentation/package.json libs/segmentation/package.json
COPY libs/shared/package.json libs/shared/package.json
COPY libs/testing-deepl/package.json libs/testing-deepl/package.json
COPY libs/text-search/package.json libs/text-search/package.json
COPY libs/tm/package.json libs/tm/package.json
RUN npm ci --no-audit --no-fund
# FreeDict bilingual dictionaries for the sentence aligner (GPL/CC-BY-SA data, installed, not copied from
# the repository), turned into the compact word-pair files the API reads (WORD_PAIRS_DIR)
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends dict-freedict-eng-deu dict-freedict-deu-eng dict-freedict-eng-rus dict-freedict-deu-rus
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build --projects=api,web && WORD_PAIRS_DIR=word-pairs npm run build:word-pairs && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 WORD_PAIRS_DIR=/app/word-pairs
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
