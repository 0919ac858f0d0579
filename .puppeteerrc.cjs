/** Puppeteer's own browser download cannot work on our machines: tests use the system Chromium/Firefox. */
module.exports = { skipDownload: true };
