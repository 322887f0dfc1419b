// SPDX-License-Identifier: EUPL-1.2
"use client";

import type { IScannerControls } from "@zxing/browser";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Reads QR codes from the phone's rear camera. The decoder runs on the page's own thread and
 * draws frames to a canvas in memory: no worker, no WebAssembly, nothing the page's
 * Content-Security-Policy would have to open up. The same badge held in front of the camera
 * keeps being decoded, so a code is handed on once until a different one is seen.
 */
export function CheckInScanner(props: { onCode: (code: string) => void; disabled: boolean }) {
  const t = useTranslations("CheckIn");
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const last = useRef<string | null>(null);
  const onCode = useRef(props.onCode);
  const [active, setActive] = useState(false);
  const [problem, setProblem] = useState(false);

  useEffect(() => {
    onCode.current = props.onCode;
  }, [props.onCode]);

  useEffect(() => () => controls.current?.stop(), []);

  async function start() {
    setProblem(false);
    last.current = null;
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      controls.current = await reader.decodeFromConstraints(
        { video: { facingMode: "environment" } },
        video.current!,
        (result) => {
          const text = result?.getText();
          if (!text || text === last.current) return;
          last.current = text;
          onCode.current(text);
        },
      );
      setActive(true);
    } catch {
      setProblem(true);
      setActive(false);
    }
  }

  function stop() {
    controls.current?.stop();
    controls.current = null;
    setActive(false);
  }

  return (
    <div className="flex flex-col gap-2">
      <video ref={video} muted playsInline aria-label={t("cameraView")} className={active ? "aspect-square w-full rounded-lg bg-slate-900 object-cover" : "hidden"} />
      <div>
        {active ? (
          <Button type="button" variant="secondary" onClick={stop}>
            {t("stopCamera")}
          </Button>
        ) : (
          <Button type="button" onClick={start} disabled={props.disabled}>
            {t("startCamera")}
          </Button>
        )}
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {t("cameraUnavailable")}
        </p>
      )}
    </div>
  );
}
