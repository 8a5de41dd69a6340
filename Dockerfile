# One image for the server and the job queue's workers (docker-compose.yml
# picks the command). Debian's Node 20 with the build tools better-sqlite3
# may need; the UI is built into the image.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:ui
ENV HOST=0.0.0.0 DATA_DIR=/data
EXPOSE 3000
RUN npm run build:bundles
CMD ["node", "scripts/bundle.mjs", "server"]
