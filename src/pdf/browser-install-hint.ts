/** Returns one sentence telling the user how to get a Chromium-based browser on `platform`. */
export function browserInstallHint(platform: NodeJS.Platform): string {
  const override =
    'or pass `--browser PATH` / set PUPPETEER_EXECUTABLE_PATH to an installed Chrome, Chromium or Edge';
  switch (platform) {
    case 'darwin':
      return `Install Google Chrome (https://www.google.com/chrome/ or \`brew install --cask google-chrome\`), ${override}.`;
    case 'win32':
      return `Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, ${override}.`;
    default:
      return (
        'Install Chromium (Debian/Ubuntu: `apt-get install -y --no-install-recommends chromium fonts-liberation2`; ' +
        `Fedora: \`dnf install chromium liberation-serif-fonts\`), ${override}.`
      );
  }
}
