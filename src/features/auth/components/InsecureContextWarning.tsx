"use client";

import { useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/Notice";

const subscribe = () => () => {};

/**
 * The session cookie is Secure: browsers keep it only in a secure context (HTTPS, or localhost).
 * Opened over plain HTTP elsewhere, signing in would silently not stick; this says why instead.
 * The browser knows best (`isSecureContext`); the server cannot tell behind every kind of proxy.
 */
export function InsecureContextWarning() {
  const insecure = useSyncExternalStore(subscribe, () => !window.isSecureContext, () => false);
  if (!insecure) return null;
  return (
    <Notice tone="warning" title="Logowanie wymaga połączenia szyfrowanego (HTTPS)">
      Ta strona została otwarta przez zwykłe HTTP, a przeglądarka zapamięta zalogowanie tylko przy połączeniu HTTPS. Otwórz panel pod
      adresem zaczynającym się od https://.
    </Notice>
  );
}
