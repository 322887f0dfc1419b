// SPDX-License-Identifier: EUPL-1.2
import { routing } from "@/lib/i18n/routing";

// Only reached for paths outside every locale; the locale-aware 404 is app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>404</h1>
        <p>
          <a href={`/${routing.defaultLocale}`}>Grenzpartner</a>
        </p>
      </body>
    </html>
  );
}
