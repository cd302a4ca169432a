/** Puppeteer must not download its own Chrome: we use the system's Chromium (see README). */
module.exports = { skipDownload: true };
