// A camera or microphone the browser cannot open, said in the app. Gradio's Webcam (gr.Video's and
// gr.Image's webcam source, gr.Gallery's) calls getUserMedia without catching its rejection, so with
// no camera (or the permission refused) the click on "Click to Access Webcam" did nothing visible.
// getUserMedia's rejections are marked with the element that asked (the focused one, or the one last
// pressed: Safari does not focus a clicked button); the app whose mount holds it shows Gradio's
// warning toast with the reason.
const REASONS = {
  NotFoundError: "The browser found no camera (or microphone) to record with.",
  NotAllowedError: "The browser was not allowed to use the camera: allow it in this site's permissions and try again.",
  NotReadableError: "The camera could not be started: another program may be using it.",
  OverconstrainedError: "No camera matches the constraints the app asked for (webcam_options).",
  SecurityError: "This page may not use the camera (it needs a secure https:// page).",
};
const MARK = Symbol("liteblocks-media");
let pressed = null;

function wrapGetUserMedia() {
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getUserMedia || media.getUserMedia[MARK]) return;
  const original = media.getUserMedia.bind(media);
  document.addEventListener("pointerdown", (e) => { pressed = e.target; }, true);
  const wrapped = (constraints) => {
    const focused = document.activeElement;
    const from = focused && focused !== document.body ? focused : pressed;
    return original(constraints).catch((err) => {
      if (err && typeof err === "object") err[MARK] = from;
      throw err;
    });
  };
  wrapped[MARK] = true;
  media.getUserMedia = wrapped;
}

/** Shows `show(message)` for camera failures started from inside `target`; returns the undo. */
export function watchMediaErrors(target, show) {
  wrapGetUserMedia();
  const onRejection = (event) => {
    const err = event.reason;
    const from = err && typeof err === "object" ? err[MARK] : undefined;
    if (from === undefined || !(from && target.contains(from))) return;
    event.preventDefault(); // said in the page instead of an uncaught error
    show(REASONS[err.name] ?? `The camera could not be opened: ${err.message || err.name}`);
  };
  window.addEventListener("unhandledrejection", onRejection);
  return () => window.removeEventListener("unhandledrejection", onRejection);
}
